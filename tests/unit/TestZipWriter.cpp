// The ZIP writer (core/export/ZipWriter): CRC-32 against the standard check value, raw deflate that zlib inflates
// back, and whole archives read back by an independent reader (Python's zipfile: testzip() checks every CRC, then
// each entry's bytes, name, method and date are compared).
#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/export/ZipWriter.h"

using namespace Qt::Literals::StringLiterals;
using ops::zip::ZipWriter;

namespace {

// Every entry of the archive as Python's zipfile reads it: {name: {data (base64), method, date}} plus "bad": the
// first corrupt entry's name (testzip), or null.
const char *const kReader = R"PY(
import base64, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    out = {"bad": z.testzip(), "entries": {}}
    for i in z.infolist():
        out["entries"][i.filename] = {"data": base64.b64encode(z.read(i)).decode(), "method": i.compress_type,
                                      "date": list(i.date_time), "utf8": bool(i.flag_bits & 0x800)}
print(json.dumps(out))
)PY";

} // namespace

class TestZipWriter : public QObject
{
    Q_OBJECT
private slots:
    void crcCheckValue();
    void rawDeflateInflatesBack();
    void pythonReadsEveryEntry();
    void emptyArchiveIsValid();
    void badNamesAndDuplicatesAreRefused();
    void writeErrorIsSticky();

private:
    QJsonObject readWithPython(const QString &path);
};

QJsonObject TestZipWriter::readWithPython(const QString &path)
{
    const QString python = qEnvironmentVariable("OPS_PYTHON", u"python3"_s);
    QProcess p;
    p.start(python, {u"-c"_s, QString::fromUtf8(kReader), path});
    if (!p.waitForFinished(60000))
        return {};
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0)
        qWarning("python: %s", err.constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void TestZipWriter::crcCheckValue()
{
    QCOMPARE(ZipWriter::crc32("123456789"), 0xCBF43926u);
    QCOMPARE(ZipWriter::crc32(QByteArray()), 0u);
    // In chunks: the same as at once.
    QCOMPARE(ZipWriter::crc32("6789", ZipWriter::crc32("12345")), 0xCBF43926u);
}

void TestZipWriter::rawDeflateInflatesBack()
{
    const QByteArray text = QByteArray("Les Entreprises Côté inc.;").repeated(500);
    const QByteArray raw = ZipWriter::rawDeflate(text);
    QVERIFY(!raw.isEmpty());
    QVERIFY(raw.size() < text.size());
    // Re-wrapped as qUncompress's input (length, zlib header 78 9C, the raw data, Adler-32), zlib inflates it.
    quint32 a = 1, b = 0;
    for (const char ch : text) {
        a = (a + quint8(ch)) % 65521;
        b = (b + a) % 65521;
    }
    const quint32 adler = (b << 16) | a;
    QByteArray z;
    const quint32 n = quint32(text.size());
    z.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    z.append(char(0x78)).append(char(0x9C)).append(raw);
    z.append(char(adler >> 24)).append(char(adler >> 16)).append(char(adler >> 8)).append(char(adler));
    QCOMPARE(qUncompress(z), text);
    QVERIFY(ZipWriter::rawDeflate(QByteArray()).isEmpty());
}

void TestZipWriter::pythonReadsEveryEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"archive.zip"_s);
    QByteArray random(70000, Qt::Uninitialized);
    auto *rng = QRandomGenerator::global();
    for (char &c : random)
        c = char(rng->bounded(256));
    const QByteArray text = QByteArray("id,name\r\n1,\"Anne-Marie Lévesque\"\r\n").repeated(2000);
    const QByteArray json = R"J([{"note": "=HYPERLINK(\"http://x\")", "quote": "\"; DROP TABLE customers; --"}])J";
    const QDateTime when(QDate(2026, 12, 6), QTime(14, 30, 42));
    {
        QSaveFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        ZipWriter zip(&f);
        QVERIFY(zip.addFile(u"customer.csv"_s, text, ZipWriter::Method::Deflated, when));
        QVERIFY(zip.addFile(u"random.bin"_s, random, ZipWriter::Method::Deflated, when)); // incompressible: stored
        QVERIFY(zip.addFile(u"stored.json"_s, json, ZipWriter::Method::Stored, when));
        QVERIFY(zip.addFile(u"empty.csv"_s, QByteArray(), ZipWriter::Method::Deflated, when));
        QVERIFY(zip.addFile(u"dossier/Éléonore ☃.json"_s, json, ZipWriter::Method::Deflated, when));
        QVERIFY(zip.finish());
        QVERIFY(zip.ok());
        QCOMPARE(zip.entryCount(), 5);
        QVERIFY(f.commit());
    }
    const QJsonObject read = readWithPython(path);
    QVERIFY2(!read.isEmpty(), "python could not read the archive");
    QVERIFY(read.value(u"bad"_s).isNull());
    const QJsonObject entries = read.value(u"entries"_s).toObject();
    QCOMPARE(entries.size(), 5);
    auto data = [&](const QString &name) {
        return QByteArray::fromBase64(entries.value(name).toObject().value(u"data"_s).toString().toLatin1());
    };
    auto method = [&](const QString &name) {
        return entries.value(name).toObject().value(u"method"_s).toInt();
    };
    QCOMPARE(data(u"customer.csv"_s), text);
    QCOMPARE(method(u"customer.csv"_s), 8);
    QCOMPARE(data(u"random.bin"_s), random);
    QCOMPARE(method(u"random.bin"_s), 0);
    QCOMPARE(data(u"stored.json"_s), json);
    QCOMPARE(method(u"stored.json"_s), 0);
    QCOMPARE(data(u"empty.csv"_s), QByteArray());
    QCOMPARE(data(u"dossier/Éléonore ☃.json"_s), json);
    QVERIFY(entries.value(u"dossier/Éléonore ☃.json"_s).toObject().value(u"utf8"_s).toBool());
    const QJsonArray date = entries.value(u"customer.csv"_s).toObject().value(u"date"_s).toArray();
    QCOMPARE(date, (QJsonArray{2026, 12, 6, 14, 30, 42}));
}

void TestZipWriter::emptyArchiveIsValid()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.zip"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    ZipWriter zip(&f);
    QVERIFY(zip.finish());
    f.close();
    QCOMPARE(QFileInfo(path).size(), 22); // the end record only
    const QJsonObject read = readWithPython(path);
    QVERIFY(read.contains(u"entries"_s));
    QCOMPARE(read.value(u"entries"_s).toObject().size(), 0);
}

void TestZipWriter::badNamesAndDuplicatesAreRefused()
{
    for (const QString &bad : {u""_s, u"/etc/passwd"_s, u"../up.csv"_s, u"a/../../b"_s, u"a\\b"_s, u"a//b"_s}) {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        ZipWriter zip(&b);
        QVERIFY2(!zip.addFile(bad, "x"), qPrintable(bad));
        QVERIFY(!zip.ok());
        QVERIFY(!zip.errorString().isEmpty());
        QCOMPARE(b.size(), 0); // nothing written for a refused entry
    }
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    ZipWriter zip(&b);
    QVERIFY(zip.addFile(u"a.csv"_s, "1"));
    QVERIFY(!zip.addFile(u"a.csv"_s, "2"));
    QVERIFY(!zip.finish()); // sticky
}

void TestZipWriter::writeErrorIsSticky()
{
    QBuffer b;
    b.open(QIODevice::ReadOnly); // not writable
    ZipWriter zip(&b);
    QVERIFY(!zip.addFile(u"a.csv"_s, "1"));
    QVERIFY(!zip.ok());
    QVERIFY(!zip.addFile(u"b.csv"_s, "2"));
    QVERIFY(!zip.finish());
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "TestZipWriter.moc"
