// Ticket subjects and message templates (French and English), and the ticket_messages writer.

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStages.h"
#include "core/demo/DemoTexts.h"
#include "core/demo/Rng.h"

namespace ops::demo {

namespace {

struct TypeTexts
{
    const char *key;
    int weight;
    bool billing;
    const char *subjectFr[3];
    const char *subjectEn[2];
    const char *openFr[3];
    const char *openEn[2];
};

constexpr TypeTexts kTypes[] = {
    {"no_internet", 14, false,
        {"Plus d'Internet depuis ce matin", "Aucune connexion Internet", "Voyant rouge sur le modem"},
        {"No Internet since this morning", "Internet is down"},
        {"Bonjour, depuis ce matin nous n'avons plus d'Internet du tout. Le voyant PON clignote en rouge sur la boîte "
         "blanche au sous-sol. On a débranché et rebranché, sans succès. On travaille de la maison, c'est urgent.",
            "Allo, plus rien ne fonctionne depuis hier soir vers 21 h. Le routeur redémarre en boucle. Pouvez-vous "
            "vérifier de votre côté?",
            "Bonjour, la connexion coupe aux dix minutes depuis deux jours, puis plus rien du tout ce matin. Merci de "
            "me rappeler au @P."},
        {"Hi, we have had no Internet since this morning. The light on the fibre box is red and we already unplugged "
         "everything. I work from home, please help.",
            "Hello, the connection drops every few minutes and now nothing works at all. Please call me at @P."}},
    {"slow_speed", 12, false, {"Vitesse lente le soir", "Vitesse bien en deçà du forfait", "Internet lent"},
        {"Slow speeds in the evening", "Not getting my plan speed"},
        {"Bonjour, je paie pour le forfait @F Mbit/s mais les tests de vitesse donnent à peine 80 Mbit/s le soir. Le "
         "jour, c'est correct.",
            "Depuis la semaine dernière, Netflix met du temps à charger et les appels Teams coupent. Test de vitesse "
            "fait à l'instant : 45 Mbit/s en Wi-Fi.",
            "Bonjour, est-ce normal que mon ordinateur branché par câble plafonne à 300 Mbit/s avec le forfait @F?"},
        {"I'm paying for @F Mbps but speed tests show barely 60 Mbps in the evening.",
            "Video calls keep freezing since last week. Speed test over Wi-Fi: 40 Mbps."}},
    {"wifi", 14, false, {"Wi-Fi instable à l'étage", "Le Wi-Fi ne se rend pas au garage", "Déconnexions Wi-Fi"},
        {"Wi-Fi drops upstairs", "Weak Wi-Fi signal"},
        {"Bonjour, le Wi-Fi est très faible dans les chambres à l'étage. Est-ce qu'un deuxième Deco réglerait le "
         "problème?",
            "Mes appareils se déconnectent du Wi-Fi plusieurs fois par jour, surtout la télé intelligente.",
            "On a changé le routeur de place et maintenant le bureau au sous-sol n'a plus de signal."},
        {"Wi-Fi is very weak in the upstairs bedrooms. Would a second mesh unit help?",
            "Our devices keep dropping off the Wi-Fi several times a day."}},
    {"tv", 9, false, {"Décodeur figé sur le logo", "Chaînes manquantes", "Image qui fige sur RDS"},
        {"TV box stuck on the logo", "Missing channels"},
        {"Le décodeur du salon reste figé sur le logo depuis la mise à jour d'hier soir.",
            "Je n'ai plus accès aux chaînes de mon forfait Sports depuis le début du mois.",
            "L'image fige aux deux minutes pendant les matchs du Canadien, seulement sur RDS."},
        {"The living room TV box is stuck on the logo since last night's update.",
            "I lost the channels of my Sports pack since the start of the month."}},
    {"phone", 5, false, {"Pas de tonalité", "Écho sur la ligne", "Messagerie vocale inaccessible"},
        {"No dial tone", "Echo on the line"},
        {"Plus de tonalité sur la ligne de la maison depuis l'orage de mardi.",
            "Les gens qui m'appellent entendent de l'écho. Ça dure depuis une semaine.",
            "Je n'arrive plus à écouter mes messages vocaux, le code est refusé."},
        {"No dial tone on the home line since Tuesday's storm.", "Callers hear an echo on my line."}},
    {"billing", 18, true, {"Question sur ma facture", "Paiement préautorisé non passé", "Crédit demandé pour la panne"},
        {"Question about my bill", "Update my credit card"},
        {"Bonjour, ma facture de ce mois-ci est plus élevée que d'habitude. Pouvez-vous m'expliquer les frais "
         "ajoutés?",
            "Le prélèvement automatique n'a pas passé ce mois-ci, ma carte a été remplacée par la banque. Comment "
            "mettre à jour mes informations?",
            "Nous avons été sans service pendant deux jours la semaine dernière. Est-ce possible d'avoir un crédit?"},
        {"Hello, this month's bill is higher than usual. Could you explain the extra charges?",
            "My card was replaced by the bank; how do I update it for the automatic payments?"}},
    {"installation", 8, false,
        {"Rendez-vous d'installation", "Installation fibre – nouveau client", "Déplacer la prise fibre"},
        {"Installation appointment", "New fibre installation"},
        {"Bonjour, je viens de m'abonner en ligne. Quelles sont vos disponibilités pour l'installation au @A?",
            "Est-ce que le technicien peut passer la fibre par le même trou que l'ancien câble?",
            "Nous aimerions déplacer la prise fibre du sous-sol au bureau du rez-de-chaussée. Quels sont les frais?"},
        {"Hi, I just signed up online. When can you install at @A?",
            "Can the technician run the fibre through the same hole as the old cable?"}},
    {"move", 5, false, {"Déménagement", "Transfert de service à la nouvelle adresse"},
        {"Moving", "Transfer service to my new address"},
        {"Bonjour, nous déménageons le 1er juillet. Pouvez-vous transférer nos services à la nouvelle adresse?",
            "Je déménage au @A à la fin du mois. Est-ce que la fibre est disponible là-bas?",
            "On vend la maison; il faut planifier le transfert du service et le retour de l'équipement."},
        {"Hello, we're moving on July 1st. Can you transfer our services to the new address?",
            "I'm moving to @A at the end of the month. Is fibre available there?"}},
    {"cancellation", 3, false, {"Demande d'annulation", "Résiliation de service"},
        {"Cancel my service", "Cancellation request"},
        {"Bonjour, je souhaite annuler mon service à la fin du mois. Comment retourner l'équipement?",
            "Nous quittons la région. Merci de résilier l'abonnement et de m'envoyer le solde final.",
            "Je veux annuler la télé seulement et garder Internet."},
        {"Hi, I'd like to cancel my service at the end of the month. How do I return the equipment?",
            "We're leaving the area; please close the account and send the final balance."}},
    {"equipment", 7, false, {"Routeur défectueux", "Retour d'équipement", "Remplacement du décodeur"},
        {"Router not working", "Equipment return"},
        {"Le routeur ne s'allume plus depuis une panne de courant hier soir.",
            "J'ai des équipements à vous retourner depuis l'annulation de la télé. Où dois-je les apporter?",
            "Le décodeur de la chambre fait un bruit de ventilateur très fort et redémarre tout seul."},
        {"The router won't power on since a power outage last night.",
            "I have equipment to return since I cancelled TV. Where should I bring it?"}},
    {"general", 5, false, {"Demande d'information", "Changement de forfait", "Mise à jour de mes coordonnées"},
        {"Plan change", "Update my contact information"},
        {"Bonjour, quelle est la différence entre le forfait 1000 et le forfait 1500?",
            "J'aimerais passer au forfait @F Mbit/s. Est-ce que ça change mon prix?",
            "Merci de mettre à jour mon numéro de cellulaire et mon adresse courriel dans mon dossier."},
        {"Hello, what's the difference between the 1000 and 1500 plans?",
            "Please update my mobile number and e-mail address on file."}},
    {"outage", 0, false, {"Panne de secteur", "Panne de secteur", "Panne de secteur"}, {"Area outage", "Area outage"},
        {"Alarme LOS sur @O : @N ONT hors ligne depuis @H. Équipe réseau avisée.",
            "Plusieurs appels du même secteur (@O). Vérification des alarmes OLT en cours.",
            "Perte de signal sur @O depuis @H; @N clients touchés."},
        {"LOS alarm on @O: @N ONTs offline since @H.", "LOS alarm on @O: @N ONTs offline since @H."}},
};

constexpr const char *kStaffTechFr[] = {
    "Bonjour @C,\n\nMerci de nous avoir écrit. Je vois que votre terminal optique a cessé de communiquer à @H. "
    "Pouvez-vous vérifier que le câble fibre est bien branché et redémarrer l'appareil? Si le problème persiste, nous "
    "enverrons un technicien.\n\n@S\nSoutien technique Gigafibre",
    "Bonjour @C,\n\nNos tests à distance montrent un signal optique faible à votre adresse. Un technicien passera "
    "vous voir; nous vous appellerons la veille pour confirmer la plage horaire.\n\n@S",
    "Bonjour @C,\n\nJ'ai redémarré votre équipement à distance et mis à jour le micrologiciel. Pouvez-vous nous "
    "confirmer que tout fonctionne maintenant?\n\n@S, Gigafibre",
    "Bonjour @C,\n\nMerci pour ces précisions. Nous avons ouvert le billet @T et un technicien communiquera avec vous "
    "au @P.\n\n@S",
    "Bonjour @C,\n\nLe canal Wi-Fi de votre routeur était encombré par les voisins; je l'ai changé de 6 à 11. "
    "Dites-nous "
    "si la situation s'améliore.\n\n@S"};
constexpr const char *kStaffTechEn[] = {
    "Hello @C,\n\nThanks for reaching out. Your fibre terminal stopped reporting at @H. Could you check that the fibre "
    "cable is plugged in and restart the device? If it still fails we'll send a technician.\n\n@S\nGigafibre Support",
    "Hi @C,\n\nI restarted your equipment remotely and updated its firmware. Please let us know if everything works "
    "now.\n\n@S",
    "Hi @C,\n\nWe opened ticket @T and a technician will call you at @P to book a visit.\n\n@S"};
constexpr const char *kStaffBillingFr[] = {
    "Bonjour @C,\n\nVotre solde actuel est de @B. Le montant supplémentaire correspond aux frais d'installation "
    "facturés une seule fois. N'hésitez pas si vous avez d'autres questions.\n\n@S\nFacturation Gigafibre",
    "Bonjour @C,\n\nVous pouvez mettre à jour votre carte dans le portail client, section Paiements. Le prélèvement "
    "sera repris automatiquement dans les prochains jours.\n\n@S, facturation",
    "Bonjour @C,\n\nUn crédit pour la panne sera appliqué sur votre prochaine facture. Toutes nos excuses pour les "
    "inconvénients.\n\n@S"};
constexpr const char *kStaffBillingEn[] = {
    "Hello @C,\n\nYour current balance is @B. The extra amount is the one-time installation fee. Let us know if you "
    "have other questions.\n\n@S\nGigafibre Billing",
    "Hi @C,\n\nYou can update your card in the customer portal under Payments; the automatic payment will resume in a "
    "few days.\n\n@S"};
constexpr const char *kFollowUpFr[] = {"Merci, ça fonctionne maintenant!",
    "Toujours le même problème, le voyant est encore rouge.", "Je serai à la maison jeudi après 13 h.",
    "Parfait, merci pour le suivi rapide.", "Est-ce que le technicien peut passer samedi?",
    "Ça s'est amélioré, mais ça coupe encore le soir."};
constexpr const char *kFollowUpEn[] = {"Thanks, it works now!", "Still the same problem, the light is still red.",
    "I'll be home Thursday after 1 PM.", "Great, thanks for the quick follow-up."};
constexpr const char *kNotesFr[] = {
    "Signal optique à -27,8 dBm à l'ONT, à la limite. Envoyer un technicien pour vérifier le connecteur.",
    "Client rappelé, boîte vocale. Message laissé.", "Port PON sans alarme : problème côté client (Wi-Fi).",
    "Dernier inform GenieACS il y a 3 jours. Redémarrage à distance demandé.",
    "RMA créé pour le routeur, échange au prochain passage.", "Travail de répartition créé pour la semaine prochaine.",
    "Client très patient, offrir un crédit de courtoisie si ça se reproduit.",
    "Vérifié le profil OLT : correspond au forfait."};
constexpr const char *kNotesBillingFr[] = {"Crédit de 10 $ appliqué pour la panne.",
    "Entente de paiement : 50 $ par semaine jusqu'au solde.",
    "Frais de retard annulés une fois, à titre de courtoisie.",
    "Paiement préautorisé réactivé avec la nouvelle carte."};
constexpr const char *kOutageNotesFr[] = {
    "Bris de fibre confirmé près de @A (travaux sur les poteaux). Équipe d'épissure en route.",
    "Épissure terminée, les ONT reviennent en ligne. Surveillance d'une heure avant fermeture.",
    "Tous les ONT du port sont revenus à @H. Billets enfants fermés, crédit automatique demandé à la facturation.",
    "Message texte envoyé aux @N clients du port avec l'heure prévue de rétablissement."};
constexpr const char *kClosingFr[] = {
    "Bonjour @C,\n\nLe technicien a remplacé le connecteur et le signal est revenu à la normale. Nous fermons la "
    "demande; répondez simplement à ce message si le problème revient.\n\n@S",
    "Bonjour @C,\n\nNous fermons ce billet puisque nous n'avons pas eu de nouvelles depuis une semaine. Au "
    "plaisir!\n\n@S",
    "Bonjour @C,\n\nLe service est rétabli dans votre secteur depuis @H. Désolés des inconvénients; un crédit sera "
    "appliqué à votre prochaine facture.\n\n@S, Gigafibre",
    "Bonjour @C,\n\nC'est réglé de notre côté. Merci de votre patience et bonne journée!\n\n@S"};
constexpr const char *kClosingEn[] = {
    "Hello @C,\n\nThe technician replaced the connector and the signal is back to normal. We're closing this request; "
    "just reply if the problem comes back.\n\n@S",
    "Hi @C,\n\nService was restored in your area at @H. Sorry for the trouble; a credit will appear on your next "
    "bill.\n\n@S",
    "Hi @C,\n\nAll set on our side. Thanks for your patience!\n\n@S"};

template <size_t N> const char *pickText(Rng &rng, const char *const (&texts)[N])
{
    return texts[rng.below(static_cast<quint32>(N))];
}

void appendTime(QByteArray &out, Ts when, bool english)
{
    const Day day = dayOfTs(when);
    const int offset = static_cast<int>(localToUtc(day, 12 * 3600) - (static_cast<Ts>(day) * 86400 + 12 * 3600));
    const int secs = static_cast<int>(((when - offset) % 86400 + 86400) % 86400);
    const int h = secs / 3600;
    const int m = secs / 60 % 60;
    if (english) {
        appendInt(out, h % 12 == 0 ? 12 : h % 12);
        out += ':';
        appendInt(out, m, 2);
        out += h < 12 ? " AM" : " PM";
    } else {
        appendInt(out, h);
        out += " h ";
        appendInt(out, m, 2);
    }
}

void appendTemplate(QByteArray &out, const char *tpl, const MessageContext &ctx)
{
    for (const char *p = tpl; *p; ++p) {
        if (*p != '@' || !p[1]) {
            out += *p;
            continue;
        }
        switch (*++p) {
        case 'C':
            out += ctx.customer;
            break;
        case 'S':
            out += ctx.staff;
            break;
        case 'A':
            out += ctx.address;
            break;
        case 'O':
            out += ctx.olt;
            break;
        case 'P':
            out += ctx.phone;
            break;
        case 'F':
            appendInt(out, ctx.planMbps);
            break;
        case 'B':
            out += ctx.balance;
            break;
        case 'H':
            appendTime(out, ctx.when, ctx.english);
            break;
        case 'N':
            appendInt(out, ctx.affected);
            break;
        case 'T':
            out += codeOf("TCK-", ctx.ticketId);
            break;
        default:
            out += '@';
            out += *p;
            break;
        }
    }
}

} // namespace

const char *ticketTypeKey(int type)
{
    return kTypes[type].key;
}

int ticketTypeWeight(int type)
{
    return kTypes[type].weight;
}

bool isBillingType(int type)
{
    return kTypes[type].billing;
}

const char *ticketSubject(int type, bool english, int variant)
{
    const TypeTexts &t = kTypes[type];
    if (english)
        return t.subjectEn[variant % 2];
    const int n = t.subjectFr[2] ? 3 : 2;
    return t.subjectFr[variant % n];
}

void appendMessage(QByteArray &out, Rng &rng, int type, MessageRole role, const MessageContext &ctx)
{
    const TypeTexts &t = kTypes[type];
    const bool en = ctx.english;
    const char *tpl = nullptr;
    switch (role) {
    case MsgOpening:
        tpl = en ? t.openEn[rng.below(2)] : t.openFr[rng.below(t.openFr[2] ? 3 : 2)];
        break;
    case MsgStaffReply:
        if (t.billing)
            tpl = en ? pickText(rng, kStaffBillingEn) : pickText(rng, kStaffBillingFr);
        else
            tpl = en ? pickText(rng, kStaffTechEn) : pickText(rng, kStaffTechFr);
        break;
    case MsgCustomerFollowUp:
        tpl = en ? pickText(rng, kFollowUpEn) : pickText(rng, kFollowUpFr);
        break;
    case MsgInternalNote:
        if (type == TkOutage)
            tpl = pickText(rng, kOutageNotesFr);
        else
            tpl = t.billing ? pickText(rng, kNotesBillingFr) : pickText(rng, kNotesFr);
        break;
    case MsgClosing:
        tpl = en ? pickText(rng, kClosingEn) : pickText(rng, kClosingFr);
        break;
    }
    appendTemplate(out, tpl, ctx);
}

} // namespace ops::demo
