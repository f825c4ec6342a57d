#pragma once

#include <QPointer>
#include <QWidget>

class CustomerFileWidget;

namespace ops {
class Settings;
}

// A customer file detached from the Customers tabs into its own top-level window. Title: name and code. Its
// geometry is remembered (UiState/CustomerFileWindow/geometry). Closing the window closes the file; "Attach back"
// (Ctrl+Shift+D) asks the workspace to take the file back.
class CustomerFileWindow : public QWidget
{
    Q_OBJECT
public:
    CustomerFileWindow(CustomerFileWidget *file, ops::Settings *settings, QWidget *parent = nullptr);
    ~CustomerFileWindow() override;

    CustomerFileWidget *file() const { return m_file; }
    // Hands the file back (reparented to nothing) and closes the window without closing the file.
    CustomerFileWidget *takeFile();
    void raiseWindow();

signals:
    void attachRequested(CustomerFileWindow *window);
    void closed(CustomerFileWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();
    void saveGeometryState() const;

    QPointer<CustomerFileWidget> m_file;
    ops::Settings *m_settings = nullptr;
};
