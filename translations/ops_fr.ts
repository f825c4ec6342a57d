<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AdministrationSection</name>
    <message>
        <source>&amp;Staff</source>
        <comment>administration tab</comment>
        <translation>&amp;Personnel</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <comment>administration tab: dispatch regions</comment>
        <translation>Ré&amp;gions</translation>
    </message>
    <message>
        <source>Staff accounts: invite, change group, reset password, deactivate</source>
        <translation>Comptes du personnel&#xa0;: inviter, changer de groupe, réinitialiser le mot de passe, désactiver</translation>
    </message>
    <message>
        <source>Which postal codes and cities belong to which dispatch region</source>
        <translation>Quels codes postaux et quelles villes appartiennent à quelle région de répartition</translation>
    </message>
    <message>
        <source>&amp;GPS tracking</source>
        <comment>administration tab: Law 25 GPS retention and notice</comment>
        <translation>&amp;Suivi GPS</translation>
    </message>
    <message>
        <source>How long GPS positions are kept, and the technicians&apos; tracking notice (Law 25)</source>
        <translation>Durée de conservation des positions GPS et avis de localisation aux techniciens (Loi 25)</translation>
    </message>
</context>
<context>
    <name>AdministrationWidget</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Create a login for a new staff member (Ctrl+N)</source>
        <translation>Créer un identifiant pour un nouveau membre du personnel (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change &amp;group…</source>
        <translation>Changer de &amp;groupe…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>No more logins, open sessions ended; the history is kept (Del)</source>
        <translation>Plus aucune connexion, sessions ouvertes fermées; l’historique est conservé (Suppr)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The database&apos;s own administrator account is managed on the server.</source>
        <translation>Le compte administrateur de la base de données elle-même se gère sur le serveur.</translation>
    </message>
    <message>
        <source>The staff accounts could not be changed.</source>
        <translation>Les comptes du personnel n’ont pas pu être modifiés.</translation>
    </message>
    <message>
        <source>The temporary password of %1 (%2) is being e-mailed (outbox item %3).</source>
        <translation>Le mot de passe temporaire de %1 (%2) est en cours d’envoi par courriel (élément %3 de la boîte d’envoi).</translation>
    </message>
    <message>
        <source>%1 (%2) can now log in with the temporary password.</source>
        <translation>%1 (%2) peut maintenant se connecter avec le mot de passe temporaire.</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Changer de groupe</translation>
    </message>
    <message>
        <source>Group of %1 (%2):</source>
        <translation>Groupe de %1 (%2) :</translation>
    </message>
    <message>
        <source>%1 is now in the group %2.</source>
        <translation>%1 fait maintenant partie du groupe %2.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new temporary password? The current password stops working at once.</source>
        <translation>Donner un nouveau mot de passe temporaire à %1 (%2)? Le mot de passe actuel cesse de fonctionner immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Show it once</source>
        <translation>&amp;L’afficher une seule fois</translation>
    </message>
    <message>
        <source>&amp;E-mail it to %1</source>
        <translation>&amp;L’envoyer par courriel à %1</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? This login will no longer connect and its open sessions are ended now. Its history (tickets, messages, audit) is kept.</source>
        <translation>Désactiver %1 (%2)? Cet identifiant ne pourra plus se connecter et ses sessions ouvertes sont fermées dès maintenant. Son historique (billets, messages, journal d’audit) est conservé.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message numerus="yes">
        <source>%1 is deactivated (%n session(s) ended). The history is kept.</source>
        <translation>
            <numerusform>%1 est désactivé (%n session fermée). L’historique est conservé.</numerusform>
            <numerusform>%1 est désactivé (%n sessions fermées). L’historique est conservé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationEditDialog</name>
    <message>
        <source>Edit allocation</source>
        <translation>Modifier l’imputation</translation>
    </message>
    <message>
        <source>Loading the payment…</source>
        <translation>Chargement du paiement…</translation>
    </message>
    <message>
        <source>&amp;Invoices (Open includes what this payment already holds; type an amount to change it):</source>
        <translation>&amp;Factures (« À payer » compte ce que ce paiement y impute déjà; tapez un montant pour le changer) :</translation>
    </message>
    <message>
        <source>Oldest first (Alt+O)</source>
        <translation>La plus ancienne d’abord (Alt+O)</translation>
    </message>
    <message>
        <source>The payment to the open invoices by due date, oldest first</source>
        <translation>Le paiement imputé aux factures à payer par date d’échéance, la plus ancienne d’abord</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Edit allocation of %1</source>
        <translation>Modifier l’imputation de %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4, received %5</source>
        <translation>%1 · %2 · %3 · %4, reçu le %5</translation>
    </message>
    <message>
        <source>%1 after refunds</source>
        <translation>%1 après remboursements</translation>
    </message>
    <message>
        <source>Payment %1 is %2: only a payment that went through can be allocated.</source>
        <translation>Le paiement %1 est %2 : seul un paiement passé peut être imputé.</translation>
    </message>
    <message>
        <source>The allocations (%1) are above the payment (%2).</source>
        <translation>Les imputations (%1) dépassent le paiement (%2).</translation>
    </message>
    <message>
        <source>Allocated: %1 · left as the customer&apos;s credit: %2</source>
        <translation>Imputé : %1 · reste en crédit au client : %2</translation>
    </message>
    <message>
        <source>The allocations are above the payment: lower one of them.</source>
        <translation>Les imputations dépassent le paiement : diminuez-en une.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Imputer</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Ask again and go to the best candidate (Ctrl+Space)</source>
        <translation>Redemander et aller au meilleur choix (Ctrl+Espace)</translation>
    </message>
    <message>
        <source>Suggested technicians</source>
        <translation>Techniciens suggérés</translation>
    </message>
    <message>
        <source>Who can take %1?</source>
        <translation>Qui peut prendre %1 ?</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>The assistant is not available in this session.</source>
        <translation>L’assistant n’est pas disponible dans cette session.</translation>
    </message>
    <message>
        <source>Select a job on the board or in the queue to see who could take it.</source>
        <translation>Sélectionnez un travail sur le tableau ou dans la file pour voir qui pourrait le prendre.</translation>
    </message>
    <message>
        <source>%1 is %2: it stays where it is.</source>
        <translation>%1 est %2 : il reste où il est.</translation>
    </message>
    <message>
        <source>%1 is pinned: unpin it to get suggestions.</source>
        <translation>%1 est épinglé : désépinglez-le pour obtenir des suggestions.</translation>
    </message>
    <message>
        <source>Looking for the best technicians…</source>
        <translation>Recherche des meilleurs techniciens…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Aucune suggestion : %1</translation>
    </message>
    <message>
        <source>Nobody can take %1 on the days shown: no technician has the skills, the region and the time for it.</source>
        <translation>Personne ne peut prendre %1 aux jours affichés : aucun technicien n’a les compétences, la région et le temps voulus.</translation>
    </message>
    <message>
        <source>Enter assigns the highlighted one · drag a row onto the board to pick the time</source>
        <translation>Entrée assigne le choix en surbrillance · glissez une ligne sur le tableau pour choisir l’heure</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>audit action</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>audit action</comment>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>audit action</comment>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Exported</source>
        <comment>audit action</comment>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Revealed</source>
        <comment>audit action</comment>
        <translation>Affichage d’un secret</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>audit entity</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Service location</source>
        <comment>audit entity</comment>
        <translation>Adresse de service</translation>
    </message>
    <message>
        <source>Equipment</source>
        <comment>audit entity</comment>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Subscription</source>
        <comment>audit entity</comment>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Invoice</source>
        <comment>audit entity</comment>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <comment>audit entity</comment>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Ticket</source>
        <comment>audit entity</comment>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Ticket message</source>
        <comment>audit entity</comment>
        <translation>Message de billet</translation>
    </message>
    <message>
        <source>Dispatch job</source>
        <comment>audit entity</comment>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>audit entity</comment>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Staff member</source>
        <comment>audit entity</comment>
        <translation>Employé</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>aucun champ modifié</translation>
    </message>
    <message numerus="yes">
        <source>created with %n field(s)</source>
        <translation>
            <numerusform>créé avec %n champ</numerusform>
            <numerusform>créé avec %n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>file opened</source>
        <translation>dossier consulté</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>données exportées</translation>
    </message>
    <message>
        <source>secret revealed</source>
        <translation>secret affiché</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer code · name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>(hidden, %n character(s))</source>
        <translation>
            <numerusform>(masqué, %n caractère)</numerusform>
            <numerusform>(masqué, %n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any</source>
        <comment>date</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Export is unavailable until the database is connected.</source>
        <translation>L’exportation est impossible tant que la base de données n’est pas connectée.</translation>
    </message>
    <message>
        <source>Fields of the selected change</source>
        <translation>Champs de la modification choisie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Tous les employés</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Employé :</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>É&amp;lément :</translation>
    </message>
    <message>
        <source>Customer code or number</source>
        <translation>Code ou numéro du client</translation>
    </message>
    <message>
        <source>Code or number</source>
        <translation>Code ou numéro</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Staff member #%1</source>
        <translation>Employé no %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>Choisissez une ligne pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>staff name (database role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 #%3 · by %4 · %5</source>
        <translation>%1 · %2 no %3 · par %4 · %5</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Application : %1</translation>
    </message>
    <message>
        <source>No field data for this action.</source>
        <translation>Aucun champ pour cette action.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n ligne affichée</numerusform>
            <numerusform>%n lignes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · chargement…</translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · la suite en défilant</translation>
    </message>
</context>
<context>
    <name>BillingRunWidget</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>The month to bill (one calendar month)</source>
        <translation>Le mois à facturer (un mois civil)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>What a run of the period would create, without writing anything (Enter)</source>
        <translation>Ce que la facturation de la période créerait, sans rien écrire (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Commit the run</source>
        <translation>&amp;Lancer la facturation</translation>
    </message>
    <message>
        <source>Create the period&apos;s invoices as previewed (Ctrl+Enter)</source>
        <translation>Créer les factures de la période telles que dans l’aperçu (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler la facturation</translation>
    </message>
    <message>
        <source>Stop the run: nothing of it is kept (Esc)</source>
        <translation>Arrêter la facturation : rien n’en est conservé (Échap)</translation>
    </message>
    <message>
        <source>&amp;Send the invoices</source>
        <translation>&amp;Envoyer les factures</translation>
    </message>
    <message>
        <source>E-mail the period&apos;s invoices, with their PDF, to the customers who have an address (Ctrl+E)</source>
        <translation>Envoyer par courriel les factures de la période, avec leur PDF, aux clients qui ont une adresse (Ctrl+E)</translation>
    </message>
    <message>
        <source>By plan and item</source>
        <translation>Par forfait et article</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Anomalies to look at</source>
        <translation>Anomalies à vérifier</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Choose the month to bill, then preview the run (Enter).</source>
        <translation>Choisissez le mois à facturer, puis affichez l’aperçu (Entrée).</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Calcul de l’aperçu…</translation>
    </message>
    <message>
        <source>Preview of %1: nothing is written yet. Commit the run (Ctrl+Enter) to create these invoices.</source>
        <translation>Aperçu de %1 : rien n’est encore écrit. Lancez la facturation (Ctrl+Entrée) pour créer ces factures.</translation>
    </message>
    <message>
        <source>Creating the invoices… Esc cancels (nothing of the run is then kept).</source>
        <translation>Création des factures… Échap annule (rien de la facturation n’est alors conservé).</translation>
    </message>
    <message>
        <source>The run of %1 is committed.</source>
        <translation>La facturation de %1 est enregistrée.</translation>
    </message>
    <message>
        <source>Putting the invoice e-mails in the outbox…</source>
        <translation>Mise des courriels de factures dans la file d’envoi…</translation>
    </message>
    <message>
        <source>The invoices of %1 are in the outbox; the Outbox section shows their delivery.</source>
        <translation>Les factures de %1 sont dans la file d’envoi; la section File d’envoi montre leur livraison.</translation>
    </message>
    <message>
        <source>The run was cancelled: no invoice was created.</source>
        <translation>La facturation a été annulée : aucune facture n’a été créée.</translation>
    </message>
    <message>
        <source>Nothing new to bill: every customer of the period already has an invoice.</source>
        <translation>Rien de nouveau à facturer : chaque client de la période a déjà une facture.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) created, %1 to %2.</source>
        <translation>
            <numerusform>%Ln facture créée, %1 à %2.</numerusform>
            <numerusform>%Ln factures créées, %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail(s) put in the outbox.</source>
        <translation>
            <numerusform>%Ln courriel mis dans la file d’envoi.</numerusform>
            <numerusform>%Ln courriels mis dans la file d’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s) had already been sent.</source>
        <translation>
            <numerusform>%Ln facture avait déjà été envoyée.</numerusform>
            <numerusform>%Ln factures avaient déjà été envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an e-mail address: not sent.</source>
        <translation>
            <numerusform>%Ln client sans adresse courriel : non envoyé.</numerusform>
            <numerusform>%Ln clients sans adresse courriel : non envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Created: %Ln invoice(s)</source>
        <translation>
            <numerusform>Créée : %Ln facture</numerusform>
            <numerusform>Créées : %Ln factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To create: %Ln invoice(s)</source>
        <translation>
            <numerusform>À créer : %Ln facture</numerusform>
            <numerusform>À créer : %Ln factures</numerusform>
        </translation>
    </message>
    <message>
        <source>Subtotal %1   ·   GST %2   ·   QST %3   ·   Total %4</source>
        <translation>Sous-total %1   ·   TPS %2   ·   TVQ %3   ·   Total %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) already invoiced for the period: skipped.</source>
        <translation>
            <numerusform>%Ln client déjà facturé pour la période : ignoré.</numerusform>
            <numerusform>%Ln clients déjà facturés pour la période : ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>One-time charges and credits</source>
        <translation>Frais et crédits ponctuels</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more not listed</source>
        <translation>
            <numerusform>… et %Ln autre non listée</numerusform>
            <numerusform>… et %Ln autres non listées</numerusform>
        </translation>
    </message>
    <message>
        <source>No anomaly.</source>
        <translation>Aucune anomalie.</translation>
    </message>
</context>
<context>
    <name>BillingSection</name>
    <message>
        <source>Billing run</source>
        <translation>Cycle de facturation</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Preview, commit and send a month&apos;s invoices</source>
        <translation>Aperçu, lancement et envoi des factures d’un mois</translation>
    </message>
    <message>
        <source>Every invoice, filtered, with its lines, taxes, payments and e-mail</source>
        <translation>Toutes les factures, filtrées, avec leurs lignes, taxes, paiements et courriel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Company block, GST and QST numbers, due days, payment instructions, invoice e-mail</source>
        <translation>Bloc de l’entreprise, numéros de TPS et de TVQ, délai de paiement, instructions de paiement, courriel de facture</translation>
    </message>
    <message>
        <source>Plans and products</source>
        <translation>Forfaits et produits</translation>
    </message>
    <message>
        <source>The catalogue: plans and products, their prices and the price changes scheduled</source>
        <translation>Le catalogue : forfaits et produits, leurs prix et les changements de prix prévus</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Every payment; a new payment (Ctrl+N) with its allocation; a reversal</source>
        <translation>Tous les paiements; un nouveau paiement (Ctrl+N) avec son imputation; une annulation</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Comptes clients</translation>
    </message>
    <message>
        <source>What customers owe as of a date, by how late it is</source>
        <translation>Ce que les clients doivent à une date, selon le retard</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Recouvrement</translation>
    </message>
    <message>
        <source>Reminders, suspension notices and suspensions of late accounts; who is suspended tomorrow, and why</source>
        <translation>Rappels, avis de suspension et suspensions des comptes en retard; qui sera suspendu demain, et pourquoi</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>PPA runs, Stripe&apos;s events applied, disputes, refunds and setup links</source>
        <translation>Prélèvements PPA, événements Stripe appliqués, litiges, remboursements et liens d’enregistrement</translation>
    </message>
</context>
<context>
    <name>BillingSettingsWidget</name>
    <message>
        <source>Company (printed at the top of every invoice)</source>
        <translation>Entreprise (imprimée en haut de chaque facture)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Address line &amp;%1:</source>
        <translation>Ligne d’adresse &amp;%1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>The invoice e-mails&apos; Reply-To address</source>
        <translation>L’adresse de réponse (Reply-To) des courriels de facture</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>GST/HST registration number: nine digits, RT and four digits</source>
        <translation>Numéro d’inscription à la TPS/TVH&#xa0;: neuf chiffres, RT et quatre chiffres</translation>
    </message>
    <message>
        <source>&amp;GST number:</source>
        <translation>Numéro de &amp;TPS&#xa0;:</translation>
    </message>
    <message>
        <source>QST registration number: ten digits, TQ and four digits</source>
        <translation>Numéro d’inscription à la TVQ&#xa0;: dix chiffres, TQ et quatre chiffres</translation>
    </message>
    <message>
        <source>&amp;QST number:</source>
        <translation>Numéro de T&amp;VQ&#xa0;:</translation>
    </message>
    <message>
        <source>GST %1 % and QST %2 %, each on the taxable subtotal and shown on its own line: the rates are set by law, not here.</source>
        <translation>TPS %1&#xa0;% et TVQ %2&#xa0;%, chacune sur le sous-total taxable et sur sa propre ligne&#xa0;: les taux sont fixés par la loi, pas ici.</translation>
    </message>
    <message>
        <source>Billing runs are refused until both registration numbers are set: every invoice must show them.</source>
        <translation>Les facturations sont refusées tant que les deux numéros d’inscription ne sont pas saisis&#xa0;: chaque facture doit les afficher.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source> days after the issue date</source>
        <translation> jours après la date d’émission</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Payment instructions (&amp;French):</source>
        <translation>Instructions de paiement (&amp;français)&#xa0;:</translation>
    </message>
    <message>
        <source>Payment instructions (E&amp;nglish):</source>
        <translation>Instructions de paiement (a&amp;nglais)&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>Courriel de facture</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Placeholders: {code} invoice number, {period} billed period, {total} amount, {due_date} due date, {company} company name, {customer} customer name. An empty subject or text uses the built-in one.</source>
        <translation>Variables&#xa0;: {code} numéro de facture, {period} période facturée, {total} montant, {due_date} date d’échéance, {company} nom de l’entreprise, {customer} nom du client. Un objet ou un texte vide utilise celui prévu par défaut.</translation>
    </message>
    <message>
        <source>Sample invoice in:</source>
        <translation>Facture d’exemple en&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the sample e-mail and PDF (customers receive their own language)</source>
        <translation>La langue du courriel et du PDF d’exemple (les clients reçoivent leur propre langue)</translation>
    </message>
    <message>
        <source>The e-mail of a sample invoice with these settings, as the customer reads it</source>
        <translation>Le courriel d’une facture d’exemple avec ces paramètres, tel que le client le lit</translation>
    </message>
    <message>
        <source>Preview &amp;PDF</source>
        <translation>Aperçu du &amp;PDF</translation>
    </message>
    <message>
        <source>A sample invoice printed with these settings, saved or not (Ctrl+P)</source>
        <translation>Une facture d’exemple imprimée avec ces paramètres, enregistrés ou non (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the settings again from the database; unsaved changes are lost</source>
        <translation>Relire les paramètres dans la base de données; les modifications non enregistrées sont perdues</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Your role (%1) can read the billing settings; only an administrator can change them.</source>
        <translation>Votre rôle (%1) permet de consulter les paramètres de facturation; seul un administrateur peut les modifier.</translation>
    </message>
    <message>
        <source>Save the settings; the next invoices use them (Ctrl+S)</source>
        <translation>Enregistrer les paramètres; les prochaines factures les utiliseront (Ctrl+S)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Billing settings saved. The next invoices and e-mails use them.</source>
        <translation>Paramètres de facturation enregistrés. Les prochaines factures et les prochains courriels les utiliseront.</translation>
    </message>
    <message>
        <source>Billing settings saved. Billing runs stay refused until both registration numbers are set.</source>
        <translation>Paramètres de facturation enregistrés. Les facturations restent refusées tant que les deux numéros d’inscription ne sont pas saisis.</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Starting the embedded database…</source>
        <translation>Démarrage de la base de données intégrée…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The password for “%1” could not be read from the system keychain: %2</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» n’a pas pu être lu dans le trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>the keychain is unavailable.</source>
        <translation>le trousseau n’est pas disponible.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Targo Ops (schema %1; this version knows up to %2). Install the newer version to use it.</source>
        <translation>Cette base de données a été mise à jour par une version plus récente de Targo Ops (schéma %1; cette version connaît jusqu’au schéma %2). Installez la version plus récente pour l’utiliser.</translation>
    </message>
    <message>
        <source>Update the database?</source>
        <translation>Mettre à jour la base de données&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 needs %n schema update(s) before Targo Ops can use it.</source>
        <translation>
            <numerusform>La base de données %1 doit recevoir %n mise à jour de schéma avant que Targo Ops puisse l’utiliser.</numerusform>
            <numerusform>La base de données %1 doit recevoir %n mises à jour de schéma avant que Targo Ops puisse l’utiliser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone using this database should then run this version of Targo Ops. The update runs in a transaction: if it fails, nothing changes.</source>
        <translation>Toutes les personnes qui utilisent cette base de données devront ensuite utiliser cette version de Targo Ops. La mise à jour s’exécute dans une transaction&#xa0;: si elle échoue, rien n’est modifié.</translation>
    </message>
    <message>
        <source>Update the database</source>
        <translation>Mettre à jour la base de données</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>The database schema is out of date. Targo Ops can use this database once it has been updated.</source>
        <translation>Le schéma de la base de données n’est pas à jour. Targo Ops pourra utiliser cette base de données une fois qu’elle aura été mise à jour.</translation>
    </message>
    <message>
        <source>Updating the database schema…</source>
        <translation>Mise à jour du schéma de la base de données…</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>La base de données n’a pas pu être mise à jour.</translation>
    </message>
    <message>
        <source>Demo data loaded: this embedded database holds fictitious customers, locations and subscriptions to try Targo Ops with.</source>
        <translation>Données de démonstration chargées&#xa0;: cette base de données intégrée contient des clients, des emplacements et des abonnements fictifs pour essayer Targo Ops.</translation>
    </message>
    <message>
        <source>Switching to “%1”…</source>
        <translation>Passage à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>Ce lien ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer %1 was not found.</source>
        <translation>Le client %1 est introuvable.</translation>
    </message>
    <message>
        <source>The embedded database&apos;s password could not be read from the system keychain: %1</source>
        <translation>Le mot de passe de la base de données intégrée n’a pas pu être lu dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Welcome: choose a language and a database to start.</source>
        <translation>Bienvenue&#xa0;: choisissez une langue et une base de données pour commencer.</translation>
    </message>
</context>
<context>
    <name>CampaignDashboard</name>
    <message>
        <source>← Campaigns</source>
        <translation>← Campagnes</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigus</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Par seconde</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Starts sending; the open application and the worker continue it (Ctrl+Return)</source>
        <translation>Lance l’envoi; l’application ouverte et le travailleur le poursuivent (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>No new message starts; those queued finish (Ctrl+Shift+P)</source>
        <translation>Aucun nouveau message ne part; ceux déjà dans la file se terminent (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <source>Continues a paused campaign</source>
        <translation>Poursuit une campagne en pause</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Annuler la campagne…</translation>
    </message>
    <message>
        <source>The recipients not sent yet will never be</source>
        <translation>Les destinataires pas encore joints ne le seront jamais</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>Renvoyer la sélection</translation>
    </message>
    <message>
        <source>Sends the selected failed recipient again</source>
        <translation>Renvoie au destinataire en échec sélectionné</translation>
    </message>
    <message>
        <source>Resend all failed</source>
        <translation>Renvoyer tous les échecs</translation>
    </message>
    <message>
        <source>Sends every failed recipient again</source>
        <translation>Renvoie à tous les destinataires en échec</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Trancher…</translation>
    </message>
    <message>
        <source>The selected ambiguous send: mark it sent, or send it again</source>
        <translation>L’envoi ambigu sélectionné&#xa0;: l’inscrire comme envoyé, ou le renvoyer</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>The report CSV of every recipient (Ctrl+E)</source>
        <translation>Le rapport CSV de tous les destinataires (Ctrl+E)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Add a recipient: address</source>
        <translation>Ajouter un destinataire&#xa0;: adresse</translation>
    </message>
    <message>
        <source>Customer code (optional)</source>
        <translation>Code client (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Adds one recipient to this campaign (CASL is checked as for the others)</source>
        <translation>Ajoute un destinataire à cette campagne (la LCAP est vérifiée comme pour les autres)</translation>
    </message>
    <message>
        <source>Test send to:</source>
        <translation>Envoi d’essai à&#xa0;:</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>Envoyer un &amp;essai</translation>
    </message>
    <message>
        <source>The first recipient&apos;s message, to you, through the outbox</source>
        <translation>Le message du premier destinataire, envoyé à vous, par la file d’envoi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Mis en file le</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Ambiguous send</source>
        <translation>Envoi ambigu</translation>
    </message>
    <message>
        <source>The provider may or may not have sent the message to %1: the connection ended before its answer. Check the provider&apos;s log (Mailjet or Twilio) first.

Mark it as sent if it arrived; send it again only if you are sure it did not (else the customer gets it twice).</source>
        <translation>Le fournisseur a peut-être envoyé le message à %1, ou peut-être pas&#xa0;: la connexion s’est terminée avant sa réponse. Vérifiez d’abord le journal du fournisseur (Mailjet ou Twilio).

Inscrivez-le comme envoyé s’il est arrivé; ne le renvoyez que si vous êtes certain qu’il n’est pas arrivé (sinon le client le reçoit deux fois).</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Inscrire comme envoyé</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Campaign report</source>
        <translation>Rapport de campagne</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Empty: your staff e-mail address</source>
        <translation>Vide&#xa0;: votre adresse courriel d’employé</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <translation>Votre numéro de cellulaire</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent: the open application (and the worker, if one runs) sends it.</source>
        <translation>La campagne %1 est en cours d’envoi&#xa0;: l’application ouverte (et le travailleur, s’il tourne) l’envoie.</translation>
    </message>
    <message>
        <source>Campaign %1 paused: the messages already queued finish, no new ones start.</source>
        <translation>Campagne %1 en pause&#xa0;: les messages déjà dans la file se terminent, aucun nouveau ne part.</translation>
    </message>
    <message>
        <source>Campaign %1 resumed.</source>
        <translation>La campagne %1 reprend.</translation>
    </message>
    <message>
        <source>Cancel campaign %1? The recipients not sent yet will never receive it; this cannot be undone.</source>
        <translation>Annuler la campagne %1? Les destinataires pas encore joints ne la recevront jamais; c’est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 cancelled: %n recipient(s) will not be sent.</source>
        <translation>
            <numerusform>Campagne %1 annulée&#xa0;: %n destinataire ne recevra pas le message.</numerusform>
            <numerusform>Campagne %1 annulée&#xa0;: %n destinataires ne recevront pas le message.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be sent again.</source>
        <translation>Le message sera renvoyé à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed recipient(s) will be sent again.</source>
        <translation>
            <numerusform>%n destinataire en échec recevra le message de nouveau.</numerusform>
            <numerusform>%n destinataires en échec recevront le message de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is recorded as sent.</source>
        <translation>%1 est inscrit comme envoyé.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n destinataire écrit dans %1.</numerusform>
            <numerusform>%n destinataires écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test queued to %1 (outbox #%2)…</source>
        <translation>Essai mis en file pour %1 (file d’envoi no %2)…</translation>
    </message>
    <message>
        <source>%1 added: %2.</source>
        <translation>%1 ajouté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Test to %1 (outbox #%2): %3</source>
        <translation>Essai à %1 (file d’envoi no %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message numerus="yes">
        <source>%1: %n segment(s), %2, %3 characters</source>
        <translation>
            <numerusform>%1&#xa0;: %n segment, %2, %3 caractères</numerusform>
            <numerusform>%1&#xa0;: %n segments, %2, %3 caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E-mail (Mailjet)</source>
        <translation>Courriel (Mailjet)</translation>
    </message>
    <message>
        <source>SMS (Twilio)</source>
        <translation>Texto (Twilio)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Commercial (CASL: consent, identification, unsubscribe)</source>
        <translation>Commercial (LCAP&#xa0;: consentement, identification, désabonnement)</translation>
    </message>
    <message>
        <source>Transactional (service information)</source>
        <translation>Transactionnel (information sur le service)</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>C&amp;lassement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>&amp;Insert variable</source>
        <translation>&amp;Insérer la variable</translation>
    </message>
    <message>
        <source>Inserts the variable where the cursor was in a subject or body (Ctrl+Shift+I)</source>
        <translation>Insère la variable là où était le curseur dans un objet ou un corps (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Choose a CSV &amp;file…</source>
        <translation>Choisir un &amp;fichier CSV…</translation>
    </message>
    <message>
        <source>A header row; columns email or phone, and optionally language, customer, first_name</source>
        <translation>Une ligne d’en-tête; colonnes email ou phone, et au besoin language, customer, first_name</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Address (e-mail or mobile)</source>
        <translation>Adresse (courriel ou cellulaire)</translation>
    </message>
    <message>
        <source>Customer code (optional)</source>
        <translation>Code client (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Also send to:</source>
        <translation>Envoyer aussi à&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Create campaign</source>
        <translation>&amp;Créer la campagne</translation>
    </message>
    <message>
        <source>Creates the campaign as a draft with its recipients (Ctrl+Return); it is sent from its dashboard</source>
        <translation>Crée la campagne en brouillon avec ses destinataires (Ctrl+Entrée); on l’envoie depuis son tableau de bord</translation>
    </message>
    <message>
        <source>Recipients CSV</source>
        <translation>CSV des destinataires</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 dépasse 20 Mo.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 record(s) read, %3 recipient(s) to import, %4 line(s) rejected (listed below).</source>
        <translation>%1&#xa0;: %2 enregistrement(s) lu(s), %3 destinataire(s) à importer, %4 ligne(s) refusée(s) (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>Choose a CSV file that can be imported, or use a segment.</source>
        <translation>Choisissez un fichier CSV importable, ou utilisez un segment.</translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation>Création de la campagne…</translation>
    </message>
    <message>
        <source>Campaign %1 created: %2 recipient(s), %3 skipped (CASL).</source>
        <translation>Campagne %1 créée&#xa0;: %2 destinataire(s), %3 écarté(s) (LCAP).</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajoutés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transactionnel</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>campaign</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign</comment>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>campaign</comment>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>campaign</comment>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>campaign</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>No consent (CASL)</source>
        <translation>Sans consentement (LCAP)</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Implied consent expired</source>
        <translation>Consentement tacite expiré</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>Adresse invalide</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>En double</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Langue inconnue</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Trop long</translation>
    </message>
    <message>
        <source>No recipient yet: a sample recipient (French)</source>
        <translation>Aucun destinataire encore&#xa0;: un destinataire type (français)</translation>
    </message>
    <message>
        <source>To %1 (%2), %3</source>
        <translation>À %1 (%2), %3</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1, %2 characters</source>
        <translation>
            <numerusform>%n segment, %1, %2 caractères</numerusform>
            <numerusform>%n segments, %1, %2 caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsSection</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Reads the list again (F5)</source>
        <translation>Relit la liste (F5)</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>An e-mail or SMS campaign to a segment or a CSV list (Ctrl+N)</source>
        <translation>Une campagne par courriel ou par texto à un segment ou à une liste CSV (Ctrl+N)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>No campaign yet: New campaign… (Ctrl+N) makes one.</source>
        <translation>Aucune campagne encore&#xa0;: Nouvelle campagne… (Ctrl+N) en crée une.</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <comment>driving to / from the job</comment>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>driving to / from the job</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>driving added</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no skill required</comment>
        <translation>aucune requise</translation>
    </message>
    <message>
        <source>exact</source>
        <comment>skill level</comment>
        <translation>juste</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>skill levels above</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Driving from the previous stop: %1; to the next: %2.</source>
        <translation>Route depuis l’arrêt précédent : %1; vers le suivant : %2.</translation>
    </message>
    <message>
        <source>Adds %1 of driving to the technician&apos;s day.</source>
        <translation>Ajoute %1 de route à la journée du technicien.</translation>
    </message>
    <message>
        <source>Arrives %1 after the customer&apos;s window.</source>
        <translation>Arrive %1 après la plage promise au client.</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) above the required skill.</source>
        <translation>
            <numerusform>%n niveau au-dessus de la compétence requise.</numerusform>
            <numerusform>%n niveaux au-dessus de la compétence requise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: assign. Drag: place it on the board yourself.</source>
        <translation>Entrée ou double-clic : assigner. Glisser : le placer vous-même sur le tableau.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Drive to / from</source>
        <translation>Route avant / après</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Driving to the job from the previous stop (or home), and from the job to the next stop (or home)</source>
        <translation>Route vers le travail depuis l’arrêt précédent (ou le domicile), puis du travail vers l’arrêt suivant (ou le domicile)</translation>
    </message>
    <message>
        <source>Driving this placement adds to the technician&apos;s day</source>
        <translation>Route que ce placement ajoute à la journée du technicien</translation>
    </message>
    <message>
        <source>Past the customer&apos;s promised window</source>
        <translation>Au-delà de la plage promise au client</translation>
    </message>
    <message>
        <source>Skill levels above the minimum the job requires (any: the job requires none)</source>
        <translation>Niveaux de compétence au-dessus du minimum requis (aucune requise : le travail n’en exige pas)</translation>
    </message>
</context>
<context>
    <name>CatalogueItemDialog</name>
    <message>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>New plan or product</source>
        <translation>Nouveau forfait ou produit</translation>
    </message>
    <message>
        <source>Plan or product %1</source>
        <translation>Forfait ou produit %1</translation>
    </message>
    <message>
        <source>Ta&amp;xable (GST and QST)</source>
        <translation>Ta&amp;xable (TPS et TVQ)</translation>
    </message>
    <message>
        <source>Acti&amp;ve: offered for new subscriptions</source>
        <translation>Acti&amp;f : offert pour les nouveaux abonnements</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Code SKU :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;French name:</source>
        <translation>Nom &amp;français :</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>Nom &amp;anglais :</translation>
    </message>
    <message>
        <source>&amp;Download:</source>
        <translation>&amp;Téléchargement :</translation>
    </message>
    <message>
        <source>&amp;Upload:</source>
        <translation>Télé&amp;versement :</translation>
    </message>
    <message>
        <source>&amp;OLT profile:</source>
        <translation>Profil &amp;OLT :</translation>
    </message>
    <message>
        <source>&amp;Price per month:</source>
        <translation>&amp;Prix par mois :</translation>
    </message>
    <message>
        <source>A new item&apos;s price applies at once.</source>
        <translation>Le prix d’un nouvel article s’applique tout de suite.</translation>
    </message>
    <message>
        <source>New price from %1: %2 (until then %3). Subscriptions at the catalogue price follow it.</source>
        <translation>Nouveau prix à compter du %1 : %2 (d’ici là, %3). Les abonnements au prix du catalogue le suivent.</translation>
    </message>
    <message>
        <source>The change scheduled from %1 will be withdrawn: the price stays %2.</source>
        <translation>Le changement prévu à compter du %1 sera retiré : le prix reste %2.</translation>
    </message>
    <message>
        <source>Current price %1; %2 from %3 (scheduled).</source>
        <translation>Prix actuel %1; %2 à compter du %3 (prévu).</translation>
    </message>
    <message>
        <source>A price change applies from the next period (the first day of next month).</source>
        <translation>Un changement de prix s’applique à compter de la prochaine période (le premier jour du mois prochain).</translation>
    </message>
    <message>
        <source>Not an amount. Enter a price such as 89,95 (a discount: -10,00).</source>
        <translation>Ce n’est pas un montant. Entrez un prix comme 89,95 (un rabais : -10,00).</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Télévision</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphonie</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabais</translation>
    </message>
    <message>
        <source>Scheduled: billed at %1 from %2; %3 until then.</source>
        <translation>Prévu : facturé %1 à compter du %2; %3 d’ici là.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s), of which %1 follow the catalogue price</source>
        <translation>
            <numerusform>%n abonnement, dont %1 au prix du catalogue</numerusform>
            <numerusform>%n abonnements, dont %1 au prix du catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 Mbit/s</source>
        <translation>%1 / %2 Mbit/s</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 dès le %2</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempté</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Speeds (down / up)</source>
        <translation>Vitesses (desc. / mont.)</translation>
    </message>
    <message>
        <source>OLT profile</source>
        <translation>Profil OLT</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Prix par mois</translation>
    </message>
    <message>
        <source>Next price</source>
        <translation>Prochain prix</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
</context>
<context>
    <name>CatalogueWidget</name>
    <message>
        <source>Filter by SKU or name (Ctrl+F)</source>
        <translation>Filtrer par SKU ou par nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactifs seulement</translation>
    </message>
    <message>
        <source>&amp;New… (Ctrl+N)</source>
        <translation>&amp;Nouveau… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Modifier… (Entrée)</translation>
    </message>
    <message>
        <source>Plans and products</source>
        <translation>Forfaits et produits</translation>
    </message>
    <message>
        <source>Your role may not change the catalogue.</source>
        <translation>Votre rôle ne permet pas de modifier le catalogue.</translation>
    </message>
    <message>
        <source>&amp;View… (Enter)</source>
        <translation>&amp;Voir… (Entrée)</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded: %1</source>
        <translation>Le catalogue n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Saved. The new price is billed from %1.</source>
        <translation>Enregistré. Le nouveau prix est facturé à compter du %1.</translation>
    </message>
    <message>
        <source>Saved. The scheduled price change was withdrawn.</source>
        <translation>Enregistré. Le changement de prix prévu a été retiré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n article affiché</numerusform>
            <numerusform>%n articles affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the catalogue</source>
        <translation>
            <numerusform>%n article au catalogue</numerusform>
            <numerusform>%n articles au catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price change(s) scheduled</source>
        <translation>
            <numerusform>%n changement de prix prévu</numerusform>
            <numerusform>%n changements de prix prévus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>You signed in as %1 with a temporary password. Choose your own password (at least 12 characters).</source>
        <translation>Vous êtes connecté en tant que %1 avec un mot de passe temporaire. Choisissez votre propre mot de passe (au moins 12 caractères).</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmez-le :</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <source>This computer (embedded database)</source>
        <translation>Cet ordinateur (base de données intégrée)</translation>
    </message>
    <message>
        <source>Targo Ops runs a private PostgreSQL server in its data folder. It starts and stops with the application and is reachable only from this computer. The first start loads demo data.</source>
        <translation>Targo Ops exécute un serveur PostgreSQL privé dans son dossier de données. Il démarre et s’arrête avec l’application et n’est accessible que depuis cet ordinateur. Le premier démarrage charge des données de démonstration.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>S’applique après un redémarrage.</translation>
    </message>
    <message>
        <source>The language changes the next time Targo Ops starts.</source>
        <translation>La langue changera au prochain démarrage de Targo Ops.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (en cours d’utilisation)</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Base de données intégrée</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation>Le fichier de paramètres n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Profile saved. The password is in the system keychain.</source>
        <translation>Profil enregistré. Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The profile was saved, but the password could not be stored in the system keychain: %1</source>
        <translation>Le profil a été enregistré, mais le mot de passe n’a pas pu être conservé dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>This profile is in use. Switch to another profile before removing it.</source>
        <translation>Ce profil est en cours d’utilisation. Passez à un autre profil avant de le supprimer.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>the schema is newer than this version of Targo Ops</source>
        <translation>le schéma est plus récent que cette version de Targo Ops</translation>
    </message>
    <message>
        <source>the database is empty; Targo Ops will create its schema</source>
        <translation>la base de données est vide; Targo Ops créera son schéma</translation>
    </message>
    <message numerus="yes">
        <source>%n schema update(s) pending</source>
        <translation>
            <numerusform>%n mise à jour de schéma en attente</numerusform>
            <numerusform>%n mises à jour de schéma en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>schema up to date (version %1)</source>
        <translation>schéma à jour (version %1)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: %3.</source>
        <translation>Connecté à %1 en tant que %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>CpePanel</name>
    <message>
        <source>no reading</source>
        <translation>aucune mesure</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Device (CPE)</source>
        <translation>Appareil (CPE)</translation>
    </message>
    <message>
        <source>Last inform</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Optical RX</source>
        <translation>Puissance optique reçue (RX)</translation>
    </message>
    <message>
        <source>Optical TX</source>
        <translation>Puissance optique émise (TX)</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reboot…</source>
        <translation>Redémarrer…</translation>
    </message>
    <message>
        <source>Factory reset…</source>
        <translation>Réinitialiser aux paramètres d’usine…</translation>
    </message>
    <message>
        <source>Wi-Fi…</source>
        <translation>Wi-Fi…</translation>
    </message>
    <message>
        <source>Retry the task</source>
        <translation>Relancer la tâche</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>The CPE panel is not available in this session.</source>
        <translation>Le panneau CPE n’est pas offert dans cette session.</translation>
    </message>
    <message>
        <source>Select a device to see its state in GenieACS.</source>
        <translation>Sélectionnez un appareil pour voir son état dans GenieACS.</translation>
    </message>
    <message>
        <source>GenieACS has no data for this device yet (not synced, or not an ONT or a router managed by GenieACS).</source>
        <translation>GenieACS n’a encore aucune donnée pour cet appareil (pas encore synchronisé, ou ce n’est pas un ONT ni un routeur géré par GenieACS).</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <source>Never informed</source>
        <translation>Jamais connecté</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Online — just now</source>
        <translation>En ligne — à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Online — %n min ago</source>
        <translation>
            <numerusform>En ligne — il y a %n min</numerusform>
            <numerusform>En ligne — il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline for %n min</source>
        <translation>
            <numerusform>Hors ligne depuis %n min</numerusform>
            <numerusform>Hors ligne depuis %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline for %n h</source>
        <translation>
            <numerusform>Hors ligne depuis %n h</numerusform>
            <numerusform>Hors ligne depuis %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline for %n day(s)</source>
        <translation>
            <numerusform>Hors ligne depuis %n jour</numerusform>
            <numerusform>Hors ligne depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Good from −8 to −27 dBm; a warning down to −28 dBm; bad below −28 dBm or above −8 dBm.</source>
        <translation>Bon de −8 à −27 dBm; avertissement jusqu’à −28 dBm; mauvais sous −28 dBm ou au-dessus de −8 dBm.</translation>
    </message>
    <message>
        <source>Good from 0.5 to 5 dBm.</source>
        <translation>Bon de 0,5 à 5 dBm.</translation>
    </message>
    <message>
        <source>no Wi-Fi network reported</source>
        <translation>aucun réseau Wi-Fi signalé</translation>
    </message>
    <message>
        <source>No GenieACS device is shown.</source>
        <translation>Aucun appareil GenieACS n’est affiché.</translation>
    </message>
    <message>
        <source>An action on this device is still being followed.</source>
        <translation>Une action sur cet appareil est encore en cours de suivi.</translation>
    </message>
    <message>
        <source>%1: writing…</source>
        <translation>%1 : enregistrement…</translation>
    </message>
    <message>
        <source>%1: not sent.</source>
        <translation>%1 : non envoyé.</translation>
    </message>
    <message>
        <source>%1: queued in the outbox.</source>
        <translation>%1 : en attente dans la file d’envoi.</translation>
    </message>
    <message>
        <source>%1: queued in the outbox (%2).</source>
        <translation>%1 : en attente dans la file d’envoi (%2).</translation>
    </message>
    <message>
        <source>%1: sending to GenieACS…</source>
        <translation>%1 : envoi à GenieACS…</translation>
    </message>
    <message>
        <source>%1: waiting for the device (it runs at the device&apos;s next connection).</source>
        <translation>%1 : en attente de l’appareil (la tâche s’exécutera à sa prochaine connexion).</translation>
    </message>
    <message>
        <source>%1: waiting for the device (%2).</source>
        <translation>%1 : en attente de l’appareil (%2).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1 : terminé.</translation>
    </message>
    <message>
        <source>%1: done (%2).</source>
        <translation>%1 : terminé (%2).</translation>
    </message>
    <message>
        <source>%1: the device reported a fault: %2</source>
        <translation>%1 : l’appareil a signalé une erreur : %2</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1 : non envoyé : %2</translation>
    </message>
    <message>
        <source>%1: task deleted from GenieACS.</source>
        <translation>%1 : tâche supprimée de GenieACS.</translation>
    </message>
    <message>
        <source>Reboot the device</source>
        <translation>Redémarrer l’appareil</translation>
    </message>
    <message>
        <source>Reboot %1 (serial %2)? The customer loses the Internet for a few minutes.</source>
        <translation>Redémarrer %1 (numéro de série %2)? Le client perdra Internet pendant quelques minutes.</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
</context>
<context>
    <name>CustomerAccessPanel</name>
    <message>
        <source>Every opening of this file is recorded (Quebec Law 25).</source>
        <translation>Chaque consultation de ce dossier est consignée (Loi 25 du Québec).</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the access log again</source>
        <translation>Relire le journal des consultations</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xporter les renseignements personnels…</translation>
    </message>
    <message>
        <source>Everything stored about this customer, as a ZIP archive of CSV and JSON files (a Law 25 request). The export is recorded.</source>
        <translation>Tout ce qui est conservé sur ce client, dans une archive ZIP de fichiers CSV et JSON (demande en vertu de la Loi 25). L’exportation est consignée.</translation>
    </message>
    <message>
        <source>Who opened this file</source>
        <translation>Qui a consulté ce dossier</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The %1 most recent openings.</source>
        <translation>Les %1 consultations les plus récentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s).</source>
        <translation>
            <numerusform>%n consultation.</numerusform>
            <numerusform>%n consultations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les renseignements personnels</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the personal data…</source>
        <translation>Exportation des renseignements personnels…</translation>
    </message>
    <message numerus="yes">
        <source>Personal data written to %1 (%n row(s)).</source>
        <translation>
            <numerusform>Renseignements personnels enregistrés dans %1 (%n ligne).</numerusform>
            <numerusform>Renseignements personnels enregistrés dans %1 (%n lignes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCampaignsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This customer has received no campaign.</source>
        <translation>Ce client n’a reçu aucune campagne.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign message(s)</source>
        <translation>
            <numerusform>%n message de campagne</numerusform>
            <numerusform>%n messages de campagne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDocumentDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Imprimer le document (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer</source>
        <translation>Envoyer au client par &amp;courriel</translation>
    </message>
    <message>
        <source>Receipt of payment %1</source>
        <translation>Reçu du paiement %1</translation>
    </message>
    <message>
        <source>Statement of %1 from %2 to %3</source>
        <translation>État de compte de %1 du %2 au %3</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <source>Send the PDF to the customer&apos;s e-mail address through the outbox (Ctrl+E)</source>
        <translation>Envoyer le PDF à l’adresse courriel du client par la boîte d’envoi (Ctrl+E)</translation>
    </message>
    <message>
        <source>E-mail is not set up: Mailjet has no sender address in the integration settings</source>
        <translation>Le courriel n’est pas configuré : Mailjet n’a pas d’adresse d’expéditeur dans les paramètres des intégrations</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Envoyé à l’imprimante : %n page.</numerusform>
            <numerusform>Envoyé à l’imprimante : %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing the e-mail…</source>
        <translation>Mise en file du courriel…</translation>
    </message>
    <message>
        <source>E-mail queued in the outbox (#%1); the worker sends it.</source>
        <translation>Courriel mis dans la boîte d’envoi (no %1); le processus d’envoi s’en charge.</translation>
    </message>
</context>
<context>
    <name>CustomerEditActions</name>
    <message>
        <source>Edit customer…</source>
        <translation>Modifier le client…</translation>
    </message>
    <message>
        <source>New location…</source>
        <translation>Nouvel emplacement…</translation>
    </message>
    <message>
        <source>New equipment…</source>
        <translation>Nouvel équipement…</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>Nouvel abonnement…</translation>
    </message>
    <message>
        <source>Edit selected (F2)</source>
        <translation>Modifier la sélection (F2)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Your role may change the network fields only.</source>
        <translation>Votre rôle permet de modifier seulement les champs réseau.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>From the names when empty</source>
        <translation>D’après les noms si vide</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Implied</source>
        <translation>Tacite</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>Exprès</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Other p&amp;hone:</source>
        <translation>A&amp;utre téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>CASL c&amp;onsent:</source>
        <translation>Consente&amp;ment LCAP&#xa0;:</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Co&amp;de postal&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CustomerFileWidget</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Service locations</source>
        <translation>Emplacements de service</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Pre-authorized payments</source>
        <translation>Paiements préautorisés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Legacy account / customer ids</source>
        <translation>Anciens numéros de compte / client</translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation>Client…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The database is not connected.</source>
        <translation>La base de données n’est pas connectée.</translation>
    </message>
    <message>
        <source>Loading the customer file…</source>
        <translation>Chargement du dossier client…</translation>
    </message>
    <message>
        <source>The customer file could not be loaded.</source>
        <translation>Le dossier client n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Customer file unavailable</source>
        <translation>Dossier client non disponible</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <source>Amount owed by the customer</source>
        <translation>Montant dû par le client</translation>
    </message>
    <message>
        <source>Credit in the customer&apos;s favour</source>
        <translation>Crédit en faveur du client</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activés</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Dispatch jobs</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — Alt+%2 · Ctrl+PgUp/PgDn: previous/next section</source>
        <translation>%1 — Alt+%2 · Ctrl+Pg préc/Pg suiv&#xa0;: section précédente/suivante</translation>
    </message>
    <message>
        <source>Showing the %1 newest of %2.</source>
        <translation>Affichage des %1 éléments les plus récents sur %2.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Who opened this file</source>
        <translation>Qui a consulté ce dossier</translation>
    </message>
    <message>
        <source>Every opening of this file, by whom and when (Law 25) — Alt+0</source>
        <translation>Chaque consultation de ce dossier, par qui et quand (Loi 25) — Alt+0</translation>
    </message>
    <message>
        <source>Export personal data (Law 25)…</source>
        <translation>Exporter les renseignements personnels (Loi 25)…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>État de compte…</translation>
    </message>
    <message>
        <source>The customer&apos;s statement for a date range: preview, print, save, e-mail</source>
        <translation>L’état de compte du client pour une période : aperçu, impression, enregistrement, courriel</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <source>Cards and bank accounts saved at Stripe, the default method and pre-authorized payments — Alt+Shift+P</source>
        <translation>Cartes et comptes bancaires enregistrés chez Stripe, le mode par défaut et les paiements préautorisés — Alt+Maj+P</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>The e-mail and SMS campaigns this customer received, with their status</source>
        <translation>Les campagnes par courriel et par texto reçues par ce client, avec leur statut</translation>
    </message>
</context>
<context>
    <name>CustomerFileWindow</name>
    <message>
        <source>Attach back to the tabs</source>
        <translation>Rattacher aux onglets</translation>
    </message>
    <message>
        <source>Return this customer file to the main window (Ctrl+Shift+D)</source>
        <translation>Remettre ce dossier client dans la fenêtre principale (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CustomerJobsModel</name>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Site survey</source>
        <translation>Visite des lieux</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>date, time window</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <comment>hours minutes</comment>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CustomerOverviewPage</name>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>BALANCE DUE</source>
        <translation>SOLDE DÛ</translation>
    </message>
    <message>
        <source>LAST PAYMENT</source>
        <translation>DERNIER PAIEMENT</translation>
    </message>
    <message>
        <source>TICKETS</source>
        <translation>BILLETS</translation>
    </message>
    <message>
        <source>DISPATCH</source>
        <translation>RÉPARTITION</translation>
    </message>
    <message>
        <source>EQUIPMENT</source>
        <translation>ÉQUIPEMENT</translation>
    </message>
    <message>
        <source>RECENT TICKETS</source>
        <translation>BILLETS RÉCENTS</translation>
    </message>
    <message>
        <source>RECENT INVOICES</source>
        <translation>FACTURES RÉCENTES</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <comment>subscriptions</comment>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>No active subscription</source>
        <translation>Aucun abonnement actif</translation>
    </message>
    <message>
        <source>No open invoice</source>
        <translation>Aucune facture impayée</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s), oldest due %1</source>
        <translation>
            <numerusform>%n facture impayée, plus ancienne échéance&#xa0;: %1</numerusform>
            <numerusform>%n factures impayées, plus ancienne échéance&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment</source>
        <translation>Aucun paiement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>Aucun billet</translation>
    </message>
    <message>
        <source>Latest: %1 — %2</source>
        <translation>Dernier&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>No dispatch job</source>
        <translation>Aucune intervention</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Prochaine&#xa0;:</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Dernière&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n installed</source>
        <comment>equipment</comment>
        <translation>
            <numerusform>%n installé</numerusform>
            <numerusform>%n installés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service location(s)</source>
        <translation>
            <numerusform>%n emplacement de service</numerusform>
            <numerusform>%n emplacements de service</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>invoice period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Aucune facture</translation>
    </message>
</context>
<context>
    <name>CustomerSummary</name>
    <message>
        <source>%1 of %2 shown.</source>
        <translation>Affichage de %1 sur %2.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Pre-authorized payments</source>
        <translation>Paiements préautorisés</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activés</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Service locations</source>
        <translation>Emplacements de service</translation>
    </message>
    <message>
        <source>No service location</source>
        <translation>Aucun emplacement de service</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Prix mensuel</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Aucun abonnement</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Latest invoices</source>
        <translation>Dernières factures</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Aucune facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Latest payments</source>
        <translation>Derniers paiements</translation>
    </message>
    <message>
        <source>No payment</source>
        <translation>Aucun paiement</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Billets ouverts</translation>
    </message>
    <message>
        <source>No open ticket</source>
        <translation>Aucun billet ouvert</translation>
    </message>
    <message>
        <source>Printed on %1 · Targo Ops</source>
        <translation>Imprimé le %1 · Targo Ops</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Print the customer summary</source>
        <translation>Imprimer le sommaire du client</translation>
    </message>
    <message>
        <source>Export the customer summary</source>
        <translation>Exporter le sommaire du client</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>Sommaire enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Important&#xa0;: %1</translation>
    </message>
    <message>
        <source>!</source>
        <comment>important column</comment>
        <translation>!</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CustomerTimelineWidget</name>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Chronologie du client</translation>
    </message>
    <message>
        <source>The timeline could not be loaded.</source>
        <translation>La chronologie n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No kind of event selected</source>
        <translation>Aucun type d’événement sélectionné</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>%1 most recent events · scroll for more</source>
        <translation>%1 événements les plus récents · faites défiler pour en voir plus</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersWorkspace</name>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Find a customer by name, code, address, phone, e-mail, account number, equipment serial or MAC address. Results appear as you type.</source>
        <translation>Trouvez un client par nom, code, adresse, téléphone, courriel, numéro de compte, numéro de série d’équipement ou adresse MAC. Les résultats s’affichent pendant la saisie.</translation>
    </message>
    <message>
        <source>Search…  (Ctrl+K)</source>
        <translation>Rechercher…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Ouverts récemment</translation>
    </message>
    <message>
        <source>Customer files you open appear here.</source>
        <translation>Les dossiers clients que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <source>Recently opened customer files</source>
        <translation>Dossiers clients ouverts récemment</translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation>Client…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Detach into a window</source>
        <translation>Détacher dans une fenêtre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <source>Day sheet of %1, %2</source>
        <translation>Feuille de route de %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>No job on this day.</source>
        <translation>Aucune intervention ce jour-là.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 · priority %2</source>
        <translation>%1 · priorité %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>speaks English</source>
        <translation>parle anglais</translation>
    </message>
    <message>
        <source>speaks French</source>
        <translation>parle français</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Customer&apos;s window</source>
        <translation>Plage du client</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimée le %1</translation>
    </message>
    <message>
        <source>The day sheet cannot be written to %1: %2</source>
        <translation>La feuille de route ne peut pas être écrite dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <source>Day sheet</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Language of the sheet:</source>
        <translation>Langue de la feuille :</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Enregistrer la feuille de route</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DispatchBoardWidget</name>
    <message>
        <source>Unscheduled queue</source>
        <translation>File des travaux à planifier</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Priority ≤ %1</source>
        <translation>Priorité ≤ %1</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Toute attente</translation>
    </message>
    <message numerus="yes">
        <source>Waiting ≥ %n day(s)</source>
        <translation>
            <numerusform>En attente depuis ≥ %n jour</numerusform>
            <numerusform>En attente depuis ≥ %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Select a job to see it here.</source>
        <translation>Sélectionnez un travail pour l’afficher ici.</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4 min)</source>
        <translation>%1, %2–%3 (%4 min)</translation>
    </message>
    <message>
        <source>Crew: %1</source>
        <translation>Équipe : %1</translation>
    </message>
    <message>
        <source>Customer&apos;s window: %1–%2</source>
        <translation>Plage du client : %1–%2</translation>
    </message>
    <message>
        <source>Requires: %1</source>
        <translation>Exige : %1</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorité %1</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · épinglé</translation>
    </message>
    <message>
        <source>Being changed by: %1</source>
        <translation>En cours de modification par : %1</translation>
    </message>
    <message>
        <source>Also open by: %1</source>
        <translation>Aussi ouvert par : %1</translation>
    </message>
    <message>
        <source>%1 is changing %2 right now.</source>
        <translation>%1 modifie %2 en ce moment.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Jour ou semaine précédents</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Jour ou semaine suivants</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Couleur selon le statut</translation>
    </message>
    <message>
        <source>Colour by type</source>
        <translation>Couleur selon le type</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Aucun regroupement</translation>
    </message>
    <message>
        <source>Group by region</source>
        <translation>Regrouper par région</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtre de région</translation>
    </message>
    <message>
        <source>Skill filter</source>
        <translation>Filtre de compétence</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The board could not be loaded: %1</source>
        <translation>Impossible de charger le tableau : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) on the board</source>
        <translation>
            <numerusform>%n travail au tableau</numerusform>
            <numerusform>%n travaux au tableau</numerusform>
        </translation>
    </message>
    <message>
        <source>Unscheduled queue (%1)</source>
        <translation>File des travaux à planifier (%1)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Sans région</translation>
    </message>
    <message>
        <source>%1 is pinned: unpin it before sending it back to the queue.</source>
        <translation>%1 est épinglé : désépinglez-le avant de le renvoyer dans la file.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré : %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>The job is no longer on the board: nothing to undo.</source>
        <translation>Le travail n’est plus au tableau : rien à annuler.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since: nothing undone.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis : rien n’a été annulé.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Renvoyer dans la file</translation>
    </message>
    <message>
        <source>Remove %1 from the crew</source>
        <translation>Retirer %1 de l’équipe</translation>
    </message>
    <message>
        <source>Add a crew member</source>
        <translation>Ajouter un membre à l’équipe</translation>
    </message>
    <message>
        <source>The board is read-only for your role.</source>
        <translation>Le tableau est en lecture seule pour votre rôle.</translation>
    </message>
</context>
<context>
    <name>DispatchJobDialog</name>
    <message>
        <source>Create a dispatch job</source>
        <translation>Créer une intervention</translation>
    </message>
    <message>
        <source>The job goes to the unscheduled queue of the dispatch board, linked to ticket %1.</source>
        <translation>L’intervention est placée dans la file des interventions à planifier du tableau de répartition et liée au billet %1.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>1 — Urgent</source>
        <translation>1 — Urgente</translation>
    </message>
    <message>
        <source>2 — High</source>
        <translation>2 — Élevée</translation>
    </message>
    <message>
        <source>3 — Normal</source>
        <translation>3 — Normale</translation>
    </message>
    <message>
        <source>4 — Low</source>
        <translation>4 — Basse</translation>
    </message>
    <message>
        <source>5 — When possible</source>
        <translation>5 — Dès que possible</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Optional note for the technician</source>
        <translation>Note facultative pour le technicien</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Create the job</source>
        <translation>Créer l’intervention</translation>
    </message>
    <message>
        <source>This customer has no service location: a job cannot be created.</source>
        <translation>Ce client n’a aucun emplacement de service&#xa0;: aucune intervention ne peut être créée.</translation>
    </message>
    <message>
        <source>Repair</source>
        <comment>dispatch job type</comment>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Installation</source>
        <comment>dispatch job type</comment>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>dispatch job type</comment>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Removal</source>
        <comment>dispatch job type</comment>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Site survey</source>
        <comment>dispatch job type</comment>
        <translation>Visite des lieux</translation>
    </message>
</context>
<context>
    <name>DispatchQueueModel</name>
    <message>
        <source>Drag onto a technician&apos;s row to schedule it.</source>
        <translation>Glissez-le sur la ligne d’un technicien pour le planifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Compétences exigées</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>DispatchSection</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Who could take the selected job (Ctrl+Space)</source>
        <translation>Qui pourrait prendre le travail sélectionné (Ctrl+Espace)</translation>
    </message>
    <message>
        <source>Optimize day…</source>
        <translation>Optimiser la journée…</translation>
    </message>
    <message>
        <source>Optimize rest of today…</source>
        <translation>Optimiser le reste de la journée…</translation>
    </message>
    <message>
        <source>Re-plan what is left of today: jobs en route, on site or done stay, each technician leaves from where they are now</source>
        <translation>Replanifier ce qui reste d’aujourd’hui : les travaux en route, sur place ou terminés restent, chaque technicien part d’où il est maintenant</translation>
    </message>
    <message>
        <source>Propose a better plan for %1 (pinned jobs stay); you review the changes before anything is written</source>
        <translation>Proposer un meilleur plan pour le %1 (les travaux épinglés restent); vous révisez les changements avant que quoi que ce soit soit enregistré</translation>
    </message>
    <message numerus="yes">
        <source>The optimizer&apos;s plan is on the board: %n job(s) changed.</source>
        <translation>
            <numerusform>Le plan de l’optimiseur est sur le tableau : %n travail modifié.</numerusform>
            <numerusform>Le plan de l’optimiseur est sur le tableau : %n travaux modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is past: there is nothing left to plan.</source>
        <translation>Le %1 est passé : il ne reste rien à planifier.</translation>
    </message>
    <message>
        <source>GPS notice</source>
        <translation>Avis GPS</translation>
    </message>
    <message>
        <source>What GPS tracking collects from technicians, when, why, for how long, and who sees it</source>
        <translation>Ce que la localisation GPS recueille sur les techniciens, quand, pourquoi, pour combien de temps et qui le voit</translation>
    </message>
</context>
<context>
    <name>DispatchTimeline</name>
    <message>
        <source>Dispatch timeline</source>
        <translation>Ligne du temps de répartition</translation>
    </message>
    <message>
        <source>Arrows move the selected job by 15 minutes or to the previous or next technician; Shift+arrows change its duration; Enter opens it; P pins it; Delete sends it back to the queue.</source>
        <translation>Les flèches déplacent le travail sélectionné de 15 minutes ou vers le technicien précédent ou suivant; Maj+flèches changent sa durée; Entrée l’ouvre; P l’épingle; Suppr le renvoie dans la file.</translation>
    </message>
    <message>
        <source>%1 is pinned: unpin it before moving it.</source>
        <translation>%1 est épinglé : désépinglez-le avant de le déplacer.</translation>
    </message>
    <message>
        <source>%1 is already on %2.</source>
        <translation>%1 est déjà affecté à %2.</translation>
    </message>
    <message>
        <source>Add %1 to %2&apos;s crew (%3)</source>
        <translation>Ajouter %1 à l’équipe de %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2&apos;s crew</source>
        <translation>Impossible d’ajouter %1 à l’équipe de %2</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 à %2 de %3</translation>
    </message>
    <message>
        <source>Cannot place %1 with %2 at %3</source>
        <translation>Impossible de placer %1 avec %2 de %3</translation>
    </message>
    <message>
        <source>Release to send %1 back to the queue.</source>
        <translation>Relâchez pour renvoyer %1 dans la file.</translation>
    </message>
    <message>
        <source>%1–%2 (%3 min)</source>
        <translation>%1–%2 (%3 min)</translation>
    </message>
    <message>
        <source>Customer&apos;s window: %1–%2</source>
        <translation>Plage du client : %1–%2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message numerus="yes">
        <source>%n technician(s)</source>
        <translation>
            <numerusform>%n technicien</numerusform>
            <numerusform>%n techniciens</numerusform>
        </translation>
    </message>
    <message>
        <source>Crew · %1</source>
        <translation>Équipe · %1</translation>
    </message>
</context>
<context>
    <name>DunningStageModel</name>
    <message>
        <source>Reminder e-mail</source>
        <translation>Courriel de rappel</translation>
    </message>
    <message>
        <source>Reminder SMS</source>
        <translation>Texto de rappel</translation>
    </message>
    <message>
        <source>Suspension notice (e-mail)</source>
        <translation>Avis de suspension (courriel)</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>DunningWidget</name>
    <message>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>skipped: a later stage is sent</source>
        <translation>sautée : une étape ultérieure est envoyée</translation>
    </message>
    <message>
        <source>skipped: no e-mail address</source>
        <translation>sautée : aucune adresse courriel</translation>
    </message>
    <message>
        <source>skipped: no phone number</source>
        <translation>sautée : aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>skipped: the phone number is not a Quebec number</source>
        <translation>sautée : le numéro de téléphone n’est pas un numéro du Québec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>F2 edits a cell; Space turns a stage on or off. A stage is reached by an invoice when it is that many days late.</source>
        <translation>F2 modifie une cellule; Espace active ou désactive une étape. Une facture atteint une étape quand elle a ce nombre de jours de retard.</translation>
    </message>
    <message>
        <source>Customers owing less than this in late invoices are not chased</source>
        <translation>Les clients qui doivent moins que ce montant en factures en retard ne sont pas relancés</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>&amp;Seuil</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Re&amp;move stage</source>
        <translation>Reti&amp;rer l’étape</translation>
    </message>
    <message>
        <source>A stage already used stays in the history, inactive</source>
        <translation>Une étape déjà utilisée reste dans l’historique, inactive</translation>
    </message>
    <message>
        <source>&amp;Save stages</source>
        <translation>&amp;Enregistrer les étapes</translation>
    </message>
    <message>
        <source>Save the stages and the threshold (Ctrl+S)</source>
        <translation>Enregistrer les étapes et le seuil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Run for date</source>
        <translation>Exécuter pour une date</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>The day the run is for (days late are counted to it); Enter previews</source>
        <translation>Le jour de l’exécution (les jours de retard sont comptés jusqu’à ce jour); Entrée affiche l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>What the run would send and record on that date; nothing is written</source>
        <translation>Ce que l’exécution enverrait et enregistrerait à cette date; rien n’est écrit</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>E&amp;xécuter…</translation>
    </message>
    <message>
        <source>Record the stages and queue the messages (after a preview of the same date)</source>
        <translation>Enregistrer les étapes et mettre les messages en file d’attente (après un aperçu de la même date)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Suspended tomorrow</source>
        <translation>Suspendus demain</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En souffrance</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Dernier paiement</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Suspension du recouvrement</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Suspendre le recouvrement…</translation>
    </message>
    <message>
        <source>Dunning skips this customer until a date (Ctrl+H)</source>
        <translation>Le recouvrement saute ce client jusqu’à une date (Ctrl+H)</translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation>&amp;Lever la suspension</translation>
    </message>
    <message>
        <source>Dunning run</source>
        <translation>Exécution du recouvrement</translation>
    </message>
    <message>
        <source>Hold dunning</source>
        <translation>Suspendre le recouvrement</translation>
    </message>
    <message>
        <source>For example: payment arrangement until the 15th</source>
        <translation>Par exemple : entente de paiement jusqu’au 15</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>The threshold is not an amount (for example 10,00 or 10.00).</source>
        <translation>Le seuil n’est pas un montant (par exemple 10,00 ou 10.00).</translation>
    </message>
    <message>
        <source>Stages saved.</source>
        <translation>Étapes enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n dunning action(s) for %1 and queue their messages? Customers reaching the suspension stage are suspended.</source>
        <translation>
            <numerusform>Enregistrer %n action de recouvrement pour le %1 et mettre ses messages en file d’attente? Les clients qui atteignent l’étape de suspension sont suspendus.</numerusform>
            <numerusform>Enregistrer %n actions de recouvrement pour le %1 et mettre leurs messages en file d’attente? Les clients qui atteignent l’étape de suspension sont suspendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dunning recorded: %1 e-mail(s), %2 SMS, %3 notice(s), %4 customer(s) suspended.</source>
        <translation>Recouvrement enregistré : %1 courriel(s), %2 texto(s), %3 avis, %4 client(s) suspendu(s).</translation>
    </message>
    <message>
        <source>Preview of %1 (nothing written):</source>
        <translation>Aperçu du %1 (rien n’est écrit) :</translation>
    </message>
    <message>
        <source>Recorded for %1:</source>
        <translation>Enregistré pour le %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s); %1 e-mail(s), %2 SMS, %3 suspension notice(s), %4 customer(s) suspended, %5 skipped.</source>
        <translation>
            <numerusform>%n action; %1 courriel(s), %2 texto(s), %3 avis de suspension, %4 client(s) suspendu(s), %5 sautée(s).</numerusform>
            <numerusform>%n actions; %1 courriel(s), %2 texto(s), %3 avis de suspension, %4 client(s) suspendu(s), %5 sautée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers whose suspension falls on %1 or is due and not yet applied</source>
        <translation>Clients dont la suspension tombe le %1, ou est due et pas encore appliquée</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1 : %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>jusqu’au %1 : %2</translation>
    </message>
    <message>
        <source>No stage sent yet</source>
        <translation>Aucune étape envoyée pour l’instant</translation>
    </message>
    <message>
        <source>Nobody is suspended tomorrow.</source>
        <translation>Personne n’est suspendu demain.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 overdue, %n day(s) late. Stages: %3</source>
        <translation>
            <numerusform>%1 — %2 en souffrance, %n jour de retard. Étapes : %3</numerusform>
            <numerusform>%1 — %2 en souffrance, %n jours de retard. Étapes : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Dunning holds %1.</source>
        <translation>Le recouvrement de %1 est suspendu.</translation>
    </message>
    <message>
        <source>The hold on %1 is released.</source>
        <translation>La suspension du recouvrement de %1 est levée.</translation>
    </message>
</context>
<context>
    <name>EntityEditDialog</name>
    <message>
        <source>Reload (take theirs)</source>
        <translation>Recharger (prendre leur version)</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>Réappliquer mes modifications</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept.</source>
        <translation>Non enregistré&#xa0;: %1 Vos saisies sont conservées.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>No field differs from what you entered.</source>
        <translation>Aucun champ ne diffère de ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You have unsaved changes. Close without saving them?</source>
        <translation>Vous avez des modifications non enregistrées. Fermer sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>%1: theirs %2, yours %3</source>
        <translation>%1&#xa0;: leur version %2, la vôtre %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → theirs</comment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → mine</comment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Your changes were not saved.</source>
        <translation>Vos modifications n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Changed by them (kept if you apply yours again):</source>
        <translation>Modifié par l’autre personne (conservé si vous réappliquez vos modifications)&#xa0;:</translation>
    </message>
    <message>
        <source>Your changes:</source>
        <translation>Vos modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Changed by both (yours wins if you apply yours again):</source>
        <translation>Modifié des deux côtés (votre valeur l’emporte si vous réappliquez vos modifications)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EquipmentEditDialog</name>
    <message>
        <source>Edit equipment</source>
        <translation>Modifier l’équipement</translation>
    </message>
    <message>
        <source>New equipment</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <source>ONT</source>
        <translation>ONT</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>TV box</source>
        <translation>Décodeur télé</translation>
    </message>
    <message>
        <source>Phone adapter</source>
        <translation>Adaptateur téléphonique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Marque&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>Mo&amp;dèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;AC address:</source>
        <translation>&amp;Adresse MAC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>M&amp;icrologiciel&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Location #%1</source>
        <translation>Emplacement nº&#xa0;%1</translation>
    </message>
    <message>
        <source>e.g. 10.20.30.40 or 2001:db8::1</source>
        <translation>p.&#xa0;ex. 10.20.30.40 ou 2001:db8::1</translation>
    </message>
    <message>
        <source>e.g. 00D09E-HG8245-48575443A1B2C3D4</source>
        <translation>p.&#xa0;ex. 00D09E-HG8245-48575443A1B2C3D4</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>Adresse I&amp;P&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;GenieACS id:</source>
        <translation>Identifiant &amp;GenieACS&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <source>ONT</source>
        <translation>ONT</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>TV box</source>
        <translation>Décodeur télé</translation>
    </message>
    <message>
        <source>Phone adapter</source>
        <translation>Adaptateur téléphonique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 %2 — firmware %3</source>
        <translation>%1 %2 — micrologiciel %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Marque / modèle</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ErpnextImportDialog</name>
    <message>
        <source>Import from ERPNext</source>
        <translation>Importer depuis ERPNext</translation>
    </message>
    <message>
        <source>Reads the ERPNext site&apos;s PostgreSQL database (read only) and imports its customers, locations, equipment, subscriptions, invoices, payments, tickets and messages. Run a dry run first: it does everything, shows the report, and keeps nothing.</source>
        <translation>Lit la base PostgreSQL du site ERPNext (en lecture seule) et en importe les clients, emplacements, équipements, abonnements, factures, paiements, billets et messages. Faites d’abord un essai à blanc&#xa0;: il fait tout, affiche le rapport et ne conserve rien.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>ERPNext database</source>
        <translation>Base de données ERPNext</translation>
    </message>
    <message>
        <source>erp.example.net</source>
        <translation>erp.exemple.net</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>built-in mapping</source>
        <translation>correspondance intégrée</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Mapping file:</source>
        <translation>Fichier de &amp;correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Run a dry run of this source and mapping first: Import is enabled once it succeeded.</source>
        <translation>Faites d’abord un essai à blanc de cette source et de cette correspondance&#xa0;: «&#xa0;Importer&#xa0;» est activé une fois l’essai réussi.</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>Choisir un fichier de correspondance</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Testing the connection to the ERPNext database…</source>
        <translation>Test de la connexion à la base ERPNext…</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Dry run in progress: nothing will be kept.</source>
        <translation>Essai à blanc en cours&#xa0;: rien ne sera conservé.</translation>
    </message>
    <message>
        <source>Import in progress: each entity is kept as soon as it is complete.</source>
        <translation>Importation en cours&#xa0;: chaque entité est conservée dès qu’elle est terminée.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling the dry run…</source>
        <translation>Annulation de l’essai à blanc…</translation>
    </message>
    <message>
        <source>Cancelling: the entity in progress is rolled back, the ones done are kept…</source>
        <translation>Annulation&#xa0;: l’entité en cours est annulée, celles terminées sont conservées…</translation>
    </message>
    <message>
        <source>A dry run is in progress. Cancel it and close?</source>
        <translation>Un essai à blanc est en cours. L’annuler et fermer&#xa0;?</translation>
    </message>
    <message>
        <source>An import is in progress. Cancel it and close? The entities already imported are kept; the next import continues after them.</source>
        <translation>Une importation est en cours. L’annuler et fermer&#xa0;? Les entités déjà importées sont conservées&#xa0;; la prochaine importation reprendra après elles.</translation>
    </message>
    <message>
        <source>Checking the ERPNext database against the mapping…</source>
        <translation>Vérification de la base ERPNext selon la correspondance…</translation>
    </message>
    <message>
        <source>Reconciling the counts, totals and balances…</source>
        <translation>Rapprochement des nombres, des totaux et des soldes…</translation>
    </message>
    <message>
        <source>Reading %1 from ERPNext…</source>
        <translation>Lecture dans ERPNext&#xa0;: %1…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Dry run done: nothing was written. Check the report below, then click Import.</source>
        <translation>Essai à blanc terminé&#xa0;: rien n’a été écrit. Vérifiez le rapport ci-dessous, puis cliquez sur «&#xa0;Importer&#xa0;».</translation>
    </message>
    <message>
        <source>Import done. The report below is kept with the run.</source>
        <translation>Importation terminée. Le rapport ci-dessous est conservé avec l’exécution.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>Arrêté par une erreur.</translation>
    </message>
    <message>
        <source>Elapsed: %1:%2</source>
        <translation>Écoulé&#xa0;: %1:%2</translation>
    </message>
</context>
<context>
    <name>FactoryResetDialog</name>
    <message>
        <source>Factory reset</source>
        <translation>Réinitialisation aux paramètres d’usine</translation>
    </message>
    <message>
        <source>A factory reset erases every setting of the device (Wi-Fi name and password, port forwards) and restarts it. The customer loses the Internet for several minutes.

Type the serial number %1 to confirm.</source>
        <translation>Une réinitialisation aux paramètres d’usine efface tous les réglages de l’appareil (nom et mot de passe Wi-Fi, redirections de ports) et le redémarre. Le client perdra Internet pendant plusieurs minutes.

Tapez le numéro de série %1 pour confirmer.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Reset to factory settings</source>
        <translation>Réinitialiser aux paramètres d’usine</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Choose French or English.</source>
        <translation>Choisissez le français ou l’anglais.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Company server</source>
        <translation>Serveur de l’entreprise</translation>
    </message>
    <message>
        <source>Welcome to Targo Ops</source>
        <translation>Bienvenue dans Targo Ops</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Try it with the &amp;embedded demo database (on this computer)</source>
        <translation>Essayer avec la base de démonstration &amp;intégrée (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Connect to the &amp;company server</source>
        <translation>Se connecter au &amp;serveur de l’entreprise</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1. Nothing was saved.</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau du système : %1. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A private database on this computer, filled with fictitious customers, jobs and invoices. Nothing is sent anywhere. You can connect to a server later (File → Connection settings).</source>
        <translation>Une base de données privée sur cet ordinateur, remplie de clients, de travaux et de factures fictifs. Rien n’est envoyé nulle part. Vous pourrez vous connecter à un serveur plus tard (Fichier → Paramètres de connexion).</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search customers, addresses, phones, serials… (Ctrl+K)</source>
        <translation>Rechercher des clients, adresses, téléphones, numéros de série… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Global search</source>
        <translation>Recherche globale</translation>
    </message>
    <message>
        <source>Search is available as soon as the database is connected.</source>
        <translation>La recherche est disponible dès que la base de données est connectée.</translation>
    </message>
    <message>
        <source>Type a name, customer code, address, phone, e-mail, account number, serial or MAC address.</source>
        <translation>Tapez un nom, un code client, une adresse, un téléphone, un courriel, un numéro de compte, un numéro de série ou une adresse MAC.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search failed. Check the connection and try again.</source>
        <translation>La recherche a échoué. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ pour naviguer · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms · ↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>
            <numerusform>%n résultat en %1 ms · ↑ ↓ pour naviguer · Entrée pour ouvrir · Échap pour fermer</numerusform>
            <numerusform>%n résultats en %1 ms · ↑ ↓ pour naviguer · Entrée pour ouvrir · Échap pour fermer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not linked to a customer.</source>
        <translation>%1 n’est lié à aucun client.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ pour naviguer · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>GpsNoticeDialog</name>
    <message>
        <source>GPS tracking notice</source>
        <translation>Avis de localisation GPS</translation>
    </message>
    <message>
        <source>Français</source>
        <comment>the French language, named in French</comment>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the English language, named in English</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Loading the notice…</source>
        <translation>Chargement de l’avis…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Connect to a database to read the GPS tracking notice.</source>
        <translation>Connectez-vous à une base de données pour lire l’avis de localisation GPS.</translation>
    </message>
    <message>
        <source>The GPS tracking notice could not be read.</source>
        <translation>L’avis de localisation GPS n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>GpsPrivacyWidget</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source> days</source>
        <comment>GPS retention spin box suffix</comment>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>Positions older than this are deleted automatically (1 to 365 days)</source>
        <translation>Les positions plus anciennes sont supprimées automatiquement (de 1 à 365 jours)</translation>
    </message>
    <message>
        <source> min</source>
        <comment>GPS shift margin spin box suffix</comment>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Positions are also kept this long before a shift starts and after it ends</source>
        <translation>Les positions sont aussi conservées pendant ce temps avant le début et après la fin d’un quart</translation>
    </message>
    <message>
        <source>Quebec&apos;s Law 25: technicians&apos; GPS positions are kept only during their shifts, and only as long as set here. Technicians read the notice below (Dispatch › GPS notice) before tracking starts. In the notice, {days} and {grace} are replaced by the numbers set here.</source>
        <translation>Loi 25 du Québec&#xa0;: les positions GPS des techniciens ne sont conservées que pendant leurs quarts de travail, et seulement pendant la durée fixée ici. Les techniciens lisent l’avis ci-dessous (Répartition › Avis GPS) avant le début de la localisation. Dans l’avis, {days} et {grace} sont remplacés par les nombres fixés ici.</translation>
    </message>
    <message>
        <source>Keep positions for:</source>
        <translation>Conserver les positions&#xa0;:</translation>
    </message>
    <message>
        <source>Margin around a shift:</source>
        <translation>Marge autour d’un quart&#xa0;:</translation>
    </message>
    <message>
        <source>Notice (French):</source>
        <translation>Avis (français)&#xa0;:</translation>
    </message>
    <message>
        <source>Notice (English):</source>
        <translation>Avis (anglais)&#xa0;:</translation>
    </message>
    <message>
        <source>The GPS tracking settings could not be read.</source>
        <translation>Les paramètres de localisation GPS n’ont pas pu être lus.</translation>
    </message>
    <message numerus="yes">
        <source>The GPS tracking settings are saved. Positions are now kept %n day(s).</source>
        <translation>
            <numerusform>Les paramètres de localisation GPS sont enregistrés. Les positions sont maintenant conservées %n jour.</numerusform>
            <numerusform>Les paramètres de localisation GPS sont enregistrés. Les positions sont maintenant conservées %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The GPS tracking settings could not be saved.</source>
        <translation>Les paramètres de localisation GPS n’ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>GridTools</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>Exporting… %L1 row(s) written</source>
        <translation>Exportation… %L1 ligne(s) écrite(s)</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Which rows do you want to export?</source>
        <translation>Quelles lignes voulez-vous exporter&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Shown rows (%L1)</source>
        <translation>Lignes &amp;affichées (%L1)</translation>
    </message>
    <message>
        <source>&amp;All matching rows</source>
        <translation>&amp;Toutes les lignes correspondantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export is unavailable until the database is connected.</source>
        <translation>L’exportation sera possible une fois la base de données connectée.</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Targo Ops operations client</source>
        <translation>Targo Ops, client des opérations</translation>
    </message>
    <message>
        <source>Print first-paint-ms=&lt;N&gt; after the first painted frame, then exit (the database is not opened).</source>
        <translation>Affiche first-paint-ms=&lt;N&gt; après la première image dessinée, puis quitte (la base de données n’est pas ouverte).</translation>
    </message>
    <message>
        <source>Open the database (creating and seeding the embedded one if needed), show the main window, then exit: 0 when it opened, 1 when it did not.</source>
        <translation>Ouvre la base de données (en créant la base intégrée et ses données de démonstration au besoin), affiche la fenêtre principale, puis quitte&#xa0;: 0 si elle s’est ouverte, 1 sinon.</translation>
    </message>
    <message>
        <source>Use the embedded database cluster in &lt;dir&gt;.</source>
        <translation>Utilise la grappe de base de données intégrée située dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>A targo:// link to open, e.g. targo://customer/CUST-00042.</source>
        <translation>Un lien targo:// à ouvrir, p. ex. targo://customer/CUST-00042.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted in ERPNext</source>
        <translation>supprimé dans ERPNext</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Invoice totals</source>
        <translation>Totaux des factures</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Balances (total)</source>
        <translation>Soldes (total)</translation>
    </message>
    <message>
        <source>Save report as &amp;CSV…</source>
        <translation>Enregistrer le rapport en &amp;CSV…</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>In ERPNext</source>
        <translation>Dans ERPNext</translation>
    </message>
    <message>
        <source>Imported (new)</source>
        <translation>Importés (nouveaux)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Deleted in ERPNext</source>
        <translation>Supprimés dans ERPNext</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>Filtrer par entité</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>Filtrer par raison</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entité&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <source>ERPNext name</source>
        <translation>Nom ERPNext</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Refused and changed rows</source>
        <translation>Lignes refusées et modifiées</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>ERPNext</source>
        <translation>ERPNext</translation>
    </message>
    <message>
        <source>Targo Ops</source>
        <translation>Targo Ops</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Dry run: nothing was kept.</source>
        <translation>Essai à blanc&#xa0;: rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Import %1 done (continued an interrupted one).</source>
        <translation>Importation %1 terminée (reprise d’une importation interrompue).</translation>
    </message>
    <message>
        <source>Import %1 done.</source>
        <translation>Importation %1 terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused or changed</source>
        <translation>
            <numerusform>%n ligne refusée ou modifiée</numerusform>
            <numerusform>%n lignes refusées ou modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconciliation difference(s).</source>
        <translation>
            <numerusform>%n écart de rapprochement.</numerusform>
            <numerusform>%n écarts de rapprochement.</numerusform>
        </translation>
    </message>
    <message>
        <source>not on this site (skipped)</source>
        <translation>absent de ce site (ignoré)</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <source>ERPNext and Targo Ops differ</source>
        <translation>ERPNext et Targo Ops diffèrent</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d’importation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>IntegrationsDialog</name>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>Le trousseau du système ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mailjet: set the sender e-mail address to test the connection.</source>
        <translation>Mailjet&#xa0;: indiquez l’adresse courriel de l’expéditeur pour tester la connexion.</translation>
    </message>
    <message>
        <source>%1 answered: the address and the credentials work.</source>
        <translation>%1 a répondu&#xa0;: l’adresse et les identifiants fonctionnent.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The integrations settings could not be saved: %1</source>
        <translation>Les paramètres d’intégration n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Keys and tokens are in the system keychain, never in the settings file.</source>
        <translation>Enregistré. Les clés et les jetons sont dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Tile server:</source>
        <translation>Serveur de &amp;tuiles&#xa0;:</translation>
    </message>
    <message>
        <source>A URL with {z}, {x} and {y}. Leave it empty to use the offline map (no tile server). Customer files opened afterwards use the new server.</source>
        <translation>Une adresse avec {z}, {x} et {y}. Laissez vide pour utiliser la carte hors ligne (sans serveur de tuiles). Les dossiers clients ouverts ensuite utilisent le nouveau serveur.</translation>
    </message>
    <message>
        <source>Map: the tile server must be an http(s) address holding {z}, {x} and {y}.</source>
        <translation>Carte&#xa0;: le serveur de tuiles doit être une adresse http(s) contenant {z}, {x} et {y}.</translation>
    </message>
</context>
<context>
    <name>InviteStaffDialog</name>
    <message>
        <source>&amp;Show it once, here (I give it to the person myself)</source>
        <translation>&amp;L’afficher une seule fois, ici (je le remets moi-même à la personne)</translation>
    </message>
    <message>
        <source>&amp;E-mail it to the person</source>
        <translation>L’&amp;envoyer par courriel à la personne</translation>
    </message>
    <message>
        <source>Invite a staff member</source>
        <translation>Inviter un membre du personnel</translation>
    </message>
    <message>
        <source>e.g. marie.tremblay</source>
        <translation>p. ex. marie.tremblay</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <source>E-mail is not set up: Mailjet has no sender address in the integration settings.</source>
        <translation>Le courriel n’est pas configuré : Mailjet n’a pas d’adresse d’expéditeur dans les paramètres des intégrations.</translation>
    </message>
    <message>
        <source>Temporary password (valid 7 days, changed at the first login):</source>
        <translation>Mot de passe temporaire (valide 7 jours, à changer à la première connexion) :</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>Draft</source>
        <comment>invoice status</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>invoice status</comment>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <comment>invoice status</comment>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>invoice status</comment>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>invoice status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <comment>invoice status</comment>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>%1 (credit note)</source>
        <translation>%1 (note de crédit)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
</context>
<context>
    <name>InvoiceListWidget</name>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En retard &amp;seulement</translation>
    </message>
    <message>
        <source>&amp;Total from</source>
        <translation>&amp;Total de</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>to</source>
        <comment>amount range</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Customer code or name (Ctrl+F)</source>
        <translation>Code ou nom du client (Ctrl+F)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Note de crédit</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>An amount reads like 12.50 or 12,50; the unreadable bound is left out.</source>
        <translation>Un montant s’écrit 12.50 ou 12,50; la borne illisible est ignorée.</translation>
    </message>
    <message>
        <source>%1+ invoices</source>
        <translation>%1+ factures</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicePreviewDialog</name>
    <message>
        <source>Invoice preview</source>
        <translation>Aperçu de la facture</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF viewer (to print it)</source>
        <translation>Ouvrir le PDF dans la visionneuse PDF du système (pour l’imprimer)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the PDF to a file of your choice</source>
        <translation>Enregistrer le PDF dans le fichier de votre choix</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Fermer l’aperçu (Échap)</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>No page</source>
        <translation>Aucune page</translation>
    </message>
    <message>
        <source>Page %1 of %2 (PgUp/PgDn)</source>
        <translation>Page %1 de %2 (Pg préc./Pg suiv.)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Le PDF n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <source>%1 %</source>
        <comment>a tax rate</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>E-mail: the customer has no e-mail address.</source>
        <translation>Courriel : le client n’a pas d’adresse courriel.</translation>
    </message>
    <message>
        <source>E-mail: not sent yet (to %1).</source>
        <translation>Courriel : pas encore envoyé (à %1).</translation>
    </message>
    <message>
        <source>E-mail: sent to %1 (%2)</source>
        <translation>Courriel : envoyé à %1 (%2)</translation>
    </message>
    <message>
        <source>E-mail: failed (%1); queued %2</source>
        <translation>Courriel : échec (%1); mis en file %2</translation>
    </message>
    <message>
        <source>E-mail: cancelled in the outbox (%1)</source>
        <translation>Courriel : annulé dans la file d’envoi (%1)</translation>
    </message>
    <message>
        <source>E-mail: waiting in the outbox since %1</source>
        <translation>Courriel : en attente dans la file d’envoi depuis %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Payments allocated</source>
        <translation>Paiements imputés</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>E-mail the invoice again, through the outbox (Ctrl+R)</source>
        <translation>Envoyer de nouveau la facture par courriel, par la file d’envoi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation>&amp;Note de crédit…</translation>
    </message>
    <message>
        <source>A negative invoice that cancels this one in full, taxes reversed</source>
        <translation>Une facture négative qui annule entièrement celle-ci, taxes renversées</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>Ann&amp;uler…</translation>
    </message>
    <message>
        <source>Drafts only: an issued invoice is corrected by a credit note</source>
        <translation>Brouillons seulement : une facture émise se corrige par une note de crédit</translation>
    </message>
    <message>
        <source>Credit note %1 (corrects %2)</source>
        <translation>Note de crédit %1 (corrige %2)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Period %1 to %2   ·   issued %3   ·   due %4   ·   in %5</source>
        <translation>Période du %1 au %2   ·   émise le %3   ·   échéance le %4   ·   en %5</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation>Sous-total : %1</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>TVQ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>registration no. %1</source>
        <translation>n° d’inscription %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Paid: %1   ·   Balance due: %2</source>
        <translation>Payé : %1   ·   Solde dû : %2</translation>
    </message>
    <message>
        <source>No payment allocated.</source>
        <translation>Aucun paiement imputé.</translation>
    </message>
    <message>
        <source>The invoice is in the outbox, to %1.</source>
        <translation>La facture est dans la file d’envoi, pour %1.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Note de crédit</translation>
    </message>
    <message>
        <source>Create a credit note that cancels invoice %1 in full (%2, taxes reversed)? It moves the customer&apos;s balance and cannot be undone.</source>
        <translation>Créer une note de crédit qui annule entièrement la facture %1 (%2, taxes renversées)? Elle modifie le solde du client et ne peut pas être défaite.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Void draft invoice %1? It will never be sent.</source>
        <translation>Annuler le brouillon de facture %1? Il ne sera jamais envoyé.</translation>
    </message>
    <message>
        <source>Credit note %1 created.</source>
        <translation>Note de crédit %1 créée.</translation>
    </message>
    <message>
        <source>The invoice is void.</source>
        <translation>La facture est annulée.</translation>
    </message>
    <message>
        <source>Preview &amp;PDF</source>
        <translation>Aperçu du &amp;PDF</translation>
    </message>
    <message>
        <source>The invoice as the customer receives it, in their language, shown here; open it in a viewer or save it from there (Ctrl+P)</source>
        <translation>La facture telle que le client la reçoit, dans sa langue, affichée ici; ouvrez-la dans une visionneuse ou enregistrez-la à partir de là (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>invoice period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>JobDetailDialog</name>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Intervention %1</translation>
    </message>
</context>
<context>
    <name>JobDetailWidget</name>
    <message>
        <source>Day sheet…</source>
        <translation>Feuille de route…</translation>
    </message>
    <message>
        <source>The day sheet of the lead technician for this job&apos;s day (PDF or printer)</source>
        <translation>La feuille de route du technicien responsable pour la journée de cette intervention (PDF ou imprimante)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Adresse de service</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Notes for the technician and the next dispatcher</source>
        <translation>Notes pour le technicien et le prochain répartiteur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Code produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>From the template of this job type; the first tick stores it with the job.</source>
        <translation>Tirée du modèle de ce type d&apos;intervention; le premier crochet l&apos;enregistre avec l&apos;intervention.</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Importer des photos…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · priority %2</source>
        <translation>%1 · priorité %2</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Accès : %1</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>Aucun billet</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 min)</source>
        <translation>%1 à %2 (%3 min)</translation>
    </message>
    <message>
        <source>Not scheduled (%1 min)</source>
        <translation>Non planifiée (%1 min)</translation>
    </message>
    <message>
        <source>Customer&apos;s window: %1 to %2</source>
        <translation>Plage du client : %1 à %2</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (responsable)</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Personne d’assigné</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The customer&apos;s signature</source>
        <translation>La signature du client</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>The signature cannot be shown.</source>
        <translation>La signature ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Ticked by %1 on %2</source>
        <translation>Cochée par %1 le %2</translation>
    </message>
    <message>
        <source>%1 · %2 KB · double-click to open</source>
        <translation>%1 · %2 Ko · double-cliquer pour ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Importation de %n photo…</numerusform>
            <numerusform>Importation de %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>%1 · photo %2 of %3</source>
        <translation>%1 · photo %2 de %3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Prise le %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
</context>
<context>
    <name>JobPhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1</source>
        <translation>Cette photo ne peut pas être affichée : %1</translation>
    </message>
</context>
<context>
    <name>LocationEditDialog</name>
    <message>
        <source>Edit service location</source>
        <translation>Modifier l’emplacement de service</translation>
    </message>
    <message>
        <source>New service location</source>
        <translation>Nouvel emplacement de service</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Civic &amp;number:</source>
        <translation>&amp;Numéro civique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Rue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Co&amp;de postal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Access notes:</source>
        <translation>Notes d’&amp;accès&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. OLT-SJR-01</source>
        <translation>p.&#xa0;ex. OLT-SJR-01</translation>
    </message>
    <message>
        <source>e.g. 1/1/3</source>
        <translation>p.&#xa0;ex. 1/1/3</translation>
    </message>
    <message>
        <source>1 to 4094</source>
        <translation>1 à 4094</translation>
    </message>
    <message>
        <source>e.g. 10.20.30.40 or 2001:db8::1</source>
        <translation>p.&#xa0;ex. 10.20.30.40 ou 2001:db8::1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>OLT na&amp;me:</source>
        <translation>No&amp;m de l’OLT&#xa0;:</translation>
    </message>
    <message>
        <source>OLT po&amp;rt:</source>
        <translation>Por&amp;t de l’OLT&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VLAN:</source>
        <translation>&amp;Identifiant VLAN&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;P address:</source>
        <translation>Adresse I&amp;P&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LocationMapPanel</name>
    <message>
        <source>Map of the service locations</source>
        <translation>Carte des emplacements de service</translation>
    </message>
    <message>
        <source>No service location</source>
        <translation>Aucun emplacement de service</translation>
    </message>
    <message>
        <source>No location of this customer has a GPS position</source>
        <translation>Aucun emplacement de ce client n’a de position GPS</translation>
    </message>
    <message>
        <source>Select a location to centre the map on it.</source>
        <translation>Sélectionnez un emplacement pour centrer la carte sur celui-ci.</translation>
    </message>
    <message>
        <source>%1 has no GPS position</source>
        <translation>%1 n’a pas de position GPS</translation>
    </message>
    <message>
        <source>%1 — %2: no GPS position recorded.</source>
        <translation>%1 — %2&#xa0;: aucune position GPS enregistrée.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>OLT name / port</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>OLT / port</source>
        <translation>OLT / port</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Targo Ops</source>
        <translation>Targo Ops</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customer files and search (Ctrl+1)</source>
        <translation>Dossiers clients et recherche (Ctrl+1)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>Paramètres de &amp;connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>C&amp;lose customer file</source>
        <translation>&amp;Fermer le dossier client</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Targo Ops</source>
        <translation>À &amp;propos de Targo Ops</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Targo Ops</source>
        <translation>À propos de Targo Ops</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targo Ops %1&lt;/b&gt;&lt;br&gt;Operations client for Gigafibre — TARGO Internet.&lt;br&gt;Customer files, dispatch, billing and campaigns on PostgreSQL.</source>
        <translation>&lt;b&gt;Targo Ops %1&lt;/b&gt;&lt;br&gt;Client des opérations de Gigafibre — TARGO Internet.&lt;br&gt;Dossiers clients, répartition, facturation et campagnes sur PostgreSQL.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Paramètres de connexion…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>All support tickets, filtered and sorted (Ctrl+2)</source>
        <translation>Tous les billets de soutien, filtrés et triés (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Billets</translation>
    </message>
    <message>
        <source>&amp;Integrations…</source>
        <translation>&amp;Intégrations…</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>File d’&amp;envoi</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>File d’envoi</translation>
    </message>
    <message>
        <source>Text messages, e-mails and payments sent to the services, with their outcome (Ctrl+3)</source>
        <translation>Textos, courriels et paiements envoyés aux services, avec leur résultat (Ctrl+3)</translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>more than this many</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>navigation: the administration section</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Your password is changed. Use it from now on.</source>
        <translation>Votre mot de passe est changé. Utilisez-le dorénavant.</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Journal d’&amp;audit</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Every change and every opening of a customer file, by whom and when (Ctrl+4)</source>
        <translation>Chaque modification et chaque consultation d’un dossier client, par qui et quand (Ctrl+4)</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Dispatch board: technicians&apos; days, the unscheduled queue and the map (Ctrl+5)</source>
        <translation>Tableau de répartition&#xa0;: les journées des techniciens, la file non planifiée et la carte (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;Dispatch board</source>
        <translation>Tableau de &amp;répartition</translation>
    </message>
    <message>
        <source>Administration: staff accounts and dispatch regions</source>
        <translation>Administration&#xa0;: comptes du personnel et régions de répartition</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>The monthly billing run and every invoice (Ctrl+6)</source>
        <translation>La facturation mensuelle et toutes les factures (Ctrl+6)</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturation</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>E-mail and SMS campaigns: segments, CASL, sending and reports (Ctrl+7)</source>
        <translation>Campagnes par courriel et par texto&#xa0;: segments, LCAP, envoi et rapports (Ctrl+7)</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation>Ca&amp;mpagnes</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Locations, technicians, jobs, tickets, offline devices and outages on the map (Ctrl+8)</source>
        <translation>Emplacements, techniciens, interventions, billets, appareils hors ligne et pannes sur la carte (Ctrl+8)</translation>
    </message>
    <message>
        <source>M&amp;ap</source>
        <translation>C&amp;arte</translation>
    </message>
    <message>
        <source>Import from &amp;ERPNext…</source>
        <translation>Importer depuis &amp;ERPNext…</translation>
    </message>
</context>
<context>
    <name>MapCardPanel</name>
    <message>
        <source>Close the card (Esc)</source>
        <translation>Fermer la fiche (Échap)</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Fermer la fiche</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Dossier client</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>Ouvrir le dossier client</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Open the job</source>
        <translation>Ouvrir l&apos;intervention</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Ouvrir le billet</translation>
    </message>
    <message>
        <source>Today&apos;s trail</source>
        <translation>Trajet du jour</translation>
    </message>
    <message>
        <source>Draw where this technician went today (during the shift)</source>
        <translation>Tracer où ce technicien est allé aujourd&apos;hui (pendant son quart)</translation>
    </message>
    <message>
        <source>Outage list</source>
        <translation>Liste des pannes</translation>
    </message>
    <message>
        <source>Show this port in the outage list: affected customers, open or close the outage</source>
        <translation>Afficher ce port dans la liste des pannes : clients touchés, ouvrir ou fermer la panne</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Service locations</source>
        <translation>Emplacements de service</translation>
    </message>
    <message>
        <source>Technicians (live)</source>
        <translation>Techniciens (en direct)</translation>
    </message>
    <message>
        <source>Today&apos;s jobs</source>
        <translation>Interventions du jour</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Billets ouverts</translation>
    </message>
    <message>
        <source>Devices offline</source>
        <translation>Appareils hors ligne</translation>
    </message>
    <message>
        <source>OLT ports in outage</source>
        <translation>Ports OLT en panne</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Planned or prospect</source>
        <translation>Prévu ou prospect</translation>
    </message>
    <message>
        <source>Inactive or terminated</source>
        <translation>Inactif ou résilié</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Pas encore planifiée</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Find on map: code, serial, technician or OLT:PORT (Ctrl+F)</source>
        <translation>Trouver sur la carte : code, numéro de série, technicien ou OLT:PORT (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on map</source>
        <translation>Trouver sur la carte</translation>
    </message>
    <message>
        <source>Ctrl+K finds a customer by name, address or phone and centres the map on them</source>
        <translation>Ctrl+K trouve un client par nom, adresse ou téléphone et centre la carte sur lui</translation>
    </message>
    <message>
        <source>Nothing on the map matches « %1 ».</source>
        <translation>Rien sur la carte ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Read the map again (F5)</source>
        <translation>Relire la carte (F5)</translation>
    </message>
    <message>
        <source>Refresh the map</source>
        <translation>Actualiser la carte</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>The outage list under the map: OLT ports, affected customers (Ctrl+Shift+O)</source>
        <translation>La liste des pannes sous la carte : ports OLT, clients touchés (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Show everything (Home)</source>
        <translation>Tout afficher (Origine)</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>The map could not be read: %1</source>
        <translation>La carte n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Your role may not read: %1.</source>
        <translation>Votre rôle ne peut pas lire : %1.</translation>
    </message>
    <message>
        <source>Today&apos;s trail could not be read: %1</source>
        <translation>Le trajet du jour n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No trail today for this technician.</source>
        <translation>Aucun trajet aujourd&apos;hui pour ce technicien.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Show or hide this layer (Alt+%1)</source>
        <translation>Afficher ou masquer cette couche (Alt+%1)</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Numbers in discs are groups of nearby items: click one to zoom in. Wheel or +/− zooms, arrows move, Home shows everything.</source>
        <translation>Les nombres dans les disques sont des groupes d&apos;éléments proches : cliquez sur l&apos;un d&apos;eux pour zoomer. La molette ou +/− zoome, les flèches déplacent, Origine affiche tout.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Your role may not read this layer</source>
        <translation>Votre rôle ne peut pas lire cette couche</translation>
    </message>
    <message numerus="yes">
        <source>Read at %1 · a device is offline after %n minute(s) without informing</source>
        <translation>
            <numerusform>Lu à %1 · un appareil est hors ligne après %n minute sans se manifester</numerusform>
            <numerusform>Lu à %1 · un appareil est hors ligne après %n minutes sans se manifester</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no service location with a GPS position on the map.</source>
        <translation>Ce client n&apos;a aucun emplacement de service avec une position GPS sur la carte.</translation>
    </message>
    <message>
        <source>%1 has no position right now (outside the shift, or no tracker).</source>
        <translation>%1 n&apos;a pas de position en ce moment (hors de son quart, ou sans traceur).</translation>
    </message>
    <message numerus="yes">
        <source>Position at %1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>Position à %1 (il y a %n minute)</numerusform>
            <numerusform>Position à %1 (il y a %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) today</source>
        <translation>
            <numerusform>%n intervention aujourd&apos;hui</numerusform>
            <numerusform>%n interventions aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>OLT %1, port %2</source>
        <translation>OLT %1, port %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n location(s) silent (%2 %)</source>
        <translation>
            <numerusform>%1 emplacement sur %n silencieux (%2 %)</numerusform>
            <numerusform>%1 emplacements sur %n silencieux (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>An outage is open: its parent ticket and one child ticket per customer.</source>
        <translation>Une panne est ouverte : son billet parent et un billet enfant par client.</translation>
    </message>
    <message>
        <source>No outage opened yet: the outage list opens one.</source>
        <translation>Aucune panne ouverte : la liste des pannes permet d&apos;en ouvrir une.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation>%1°&#xa0;%2</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrow keys to move, double-click to zoom in</source>
        <translation>Molette ou +/− pour zoomer, glisser ou touches fléchées pour se déplacer, double-clic pour agrandir</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1&#xa0;m</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Map tiles unavailable</source>
        <translation>Tuiles de carte non disponibles</translation>
    </message>
    <message>
        <source>Offline map</source>
        <translation>Carte hors ligne</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section label (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OnMyWayAction</name>
    <message>
        <source>On my way</source>
        <translation>Texto «&#xa0;en route&#xa0;»</translation>
    </message>
    <message>
        <source>Sends the customer an SMS with the technician&apos;s name and arrival time.</source>
        <translation>Envoie au client un texto avec le nom du technicien et l’heure d’arrivée.</translation>
    </message>
    <message>
        <source>No job selected.</source>
        <translation>Aucune intervention sélectionnée.</translation>
    </message>
    <message>
        <source>No ETA: nobody is assigned to %1.</source>
        <translation>Aucune heure d’arrivée&#xa0;: personne n’est affecté à %1.</translation>
    </message>
    <message>
        <source>The ETA and the “on my way” SMS are available once %1 is dispatched or en route.</source>
        <translation>L’heure d’arrivée prévue et le texto «&#xa0;en route&#xa0;» sont offerts une fois %1 répartie ou en route.</translation>
    </message>
    <message numerus="yes">
        <source>ETA %1 (%n min from %2&apos;s position of %3)</source>
        <translation>
            <numerusform>Arrivée prévue %1 (%n min depuis la position de %2 à %3)</numerusform>
            <numerusform>Arrivée prévue %1 (%n min depuis la position de %2 à %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— that position is %n minute(s) old.</source>
        <translation>
            <numerusform>— cette position date de %n minute.</numerusform>
            <numerusform>— cette position date de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Announced to the customer: %1.</source>
        <translation>Annoncée au client&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send corrected SMS</source>
        <translation>Envoyer le texto corrigé</translation>
    </message>
    <message>
        <source>Sends the customer, in their language: “%1”</source>
        <translation>Envoie au client, dans sa langue&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>SMS to %1 queued: arrival around %2.</source>
        <translation>Texto au %1 mis en file d’envoi&#xa0;: arrivée vers %2.</translation>
    </message>
</context>
<context>
    <name>OptimizerDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>±0 min</source>
        <translation>±0 min</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Optimize the rest of today</source>
        <translation>Optimiser le reste de la journée</translation>
    </message>
    <message>
        <source>Optimize %1</source>
        <translation>Optimiser le %1</translation>
    </message>
    <message>
        <source>Pinned jobs and jobs under way stay where they are. Nothing is written before you apply.</source>
        <translation>Les travaux épinglés et ceux en cours restent où ils sont. Rien n’est enregistré avant que vous appliquiez.</translation>
    </message>
    <message>
        <source>Show the plan so far</source>
        <translation>Voir le plan trouvé</translation>
    </message>
    <message>
        <source>Stop searching and show the best plan found until now</source>
        <translation>Arrêter la recherche et montrer le meilleur plan trouvé jusqu’ici</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Technician / job</source>
        <translation>Technicien / travail</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Changes the plan makes</source>
        <translation>Changements du plan</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Planning the rest of today: jobs under way or done stay, each technician leaves from where they are…</source>
        <translation>Planification du reste de la journée : les travaux en cours ou terminés restent, chaque technicien part d’où il est…</translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation>Planification du %1…</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Aucun plan.</translation>
    </message>
    <message>
        <source>The day could not be planned: %1</source>
        <translation>La journée n’a pas pu être planifiée : %1</translation>
    </message>
    <message>
        <source>Stopping: the best plan so far is on its way…</source>
        <translation>Arrêt : le meilleur plan trouvé s’en vient…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>another technician</source>
        <translation>un autre technicien</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No change for %1</source>
        <translation>Aucun changement pour %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>from the queue</source>
        <translation>de la file</translation>
    </message>
    <message>
        <source>+ %1 at %2, %3</source>
        <translation>+ %1 à %2, %3</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>back to the queue</source>
        <translation>retour à la file</translation>
    </message>
    <message>
        <source>− %1 (was %2), %3</source>
        <translation>− %1 (était à %2), %3</translation>
    </message>
    <message>
        <source>↔ %1 %2 → %3</source>
        <translation>↔ %1 %2 → %3</translation>
    </message>
    <message>
        <source>Left in the queue (%1)</source>
        <translation>Laissés dans la file (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Rien à changer</translation>
    </message>
    <message>
        <source>The day is already as good as the optimizer can make it.</source>
        <translation>La journée est déjà aussi bonne que l’optimiseur peut la rendre.</translation>
    </message>
    <message>
        <source>%1 less driving (%2 %), %3 less at the wheel</source>
        <translation>%1 de route en moins (%2 %), %3 de moins au volant</translation>
    </message>
    <message numerus="yes">
        <source>%n more job(s) placed, for %1 more driving</source>
        <translation>
            <numerusform>%n travail de plus placé, pour %1 de route en plus</numerusform>
            <numerusform>%n travaux de plus placés, pour %1 de route en plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more driving, for a better balanced or more punctual day</source>
        <translation>%1 de route en plus, pour une journée mieux équilibrée ou plus ponctuelle</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) change</source>
        <translation>
            <numerusform>%n travail change</numerusform>
            <numerusform>%n travaux changent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) left in the queue</source>
        <translation>
            <numerusform>%n travail laissé dans la file</numerusform>
            <numerusform>%n travaux laissés dans la file</numerusform>
        </translation>
    </message>
    <message>
        <source>planned in %1 s</source>
        <translation>planifié en %1 s</translation>
    </message>
    <message>
        <source>Stopped early: this is the best plan found so far.</source>
        <translation>Arrêté plus tôt : voici le meilleur plan trouvé jusqu’ici.</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Appliquer %n changement</numerusform>
            <numerusform>Appliquer %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>The board changed since this plan was made (%1): nothing was written. Planning again with the board as it is now.</source>
        <translation>Le tableau a changé depuis que ce plan a été fait (%1) : rien n’a été enregistré. Nouvelle planification avec le tableau tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>Not applied, nothing was written: %1</source>
        <translation>Non appliqué, rien n’a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>OutagesWidget</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>An ONT is silent when it has not informed for this long.</source>
        <translation>Un ONT est muet quand il ne s’est pas manifesté depuis ce délai.</translation>
    </message>
    <message>
        <source>A port is flagged when this share of its normally online ONTs is silent.</source>
        <translation>Un port est signalé quand cette proportion de ses ONT normalement en ligne est muette.</translation>
    </message>
    <message>
        <source>A port needs at least this many normally online ONTs to be flagged.</source>
        <translation>Un port doit compter au moins ce nombre d’ONT normalement en ligne pour être signalé.</translation>
    </message>
    <message>
        <source>&amp;Silent after:</source>
        <translation>&amp;Muet après&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>&amp;Proportion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minimum ONTs:</source>
        <translation>ONT mi&amp;nimum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Scan the ports again (F5). The list also refreshes every minute.</source>
        <translation>Analyser les ports de nouveau (F5). La liste s’actualise aussi chaque minute.</translation>
    </message>
    <message>
        <source>OLT</source>
        <translation>OLT</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Silent / ONTs</source>
        <translation>Muets / ONT</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proportion</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Open outage</source>
        <translation>Panne ouverte</translation>
    </message>
    <message>
        <source>Affected customers</source>
        <translation>Clients touchés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>OLT ports</source>
        <translation>Ports des OLT</translation>
    </message>
    <message>
        <source>Select a port to see its affected customers.</source>
        <translation>Sélectionnez un port pour voir ses clients touchés.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last inform</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Enter or double-click opens the customer file.</source>
        <translation>Entrée ou un double-clic ouvre le dossier du client.</translation>
    </message>
    <message>
        <source>&amp;Open outage</source>
        <translation>&amp;Ouvrir la panne</translation>
    </message>
    <message>
        <source>Creates the parent ticket, a ticket per affected customer and a draft SMS campaign. Running it again only adds what is missing.</source>
        <translation>Crée le billet parent, un billet par client touché et un brouillon de campagne texto. La relancer n’ajoute que ce qui manque.</translation>
    </message>
    <message>
        <source>&amp;Close outage…</source>
        <translation>&amp;Fermer la panne…</translation>
    </message>
    <message>
        <source>Closes the outage&apos;s tickets with a recovery message and drafts the recovery SMS.</source>
        <translation>Ferme les billets de la panne avec un message de rétablissement et prépare le texto de rétablissement.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Oui (%1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Some silent</source>
        <translation>Quelques muets</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged port(s)</source>
        <translation>
            <numerusform>%n port signalé</numerusform>
            <numerusform>%n ports signalés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) scanned</source>
        <translation>
            <numerusform>%n port analysé</numerusform>
            <numerusform>%n ports analysés</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>%1 port %2: outage open, parent ticket %3.</source>
        <translation>%1 port %2&#xa0;: panne ouverte, billet parent %3.</translation>
    </message>
    <message>
        <source>%1 port %2: %3 of %4 normally online ONTs are silent.</source>
        <translation>%1 port %2&#xa0;: %3 des %4 ONT normalement en ligne sont muets.</translation>
    </message>
    <message>
        <source>Outage opened on %1 %2: parent ticket %3.</source>
        <translation>Panne ouverte sur %1 %2&#xa0;: billet parent %3.</translation>
    </message>
    <message>
        <source>Nothing new: the outage of %1 %2 was already open (parent ticket %3) and every affected customer already has a ticket.</source>
        <translation>Rien de nouveau&#xa0;: la panne de %1 %2 était déjà ouverte (billet parent %3) et chaque client touché a déjà son billet.</translation>
    </message>
    <message>
        <source>The outage of %1 %2 was already open: parent ticket %3.</source>
        <translation>La panne de %1 %2 était déjà ouverte&#xa0;: billet parent %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n child ticket(s) created</source>
        <translation>
            <numerusform>%n billet enfant créé</numerusform>
            <numerusform>%n billets enfants créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all.</source>
        <translation>
            <numerusform>%n en tout.</numerusform>
            <numerusform>%n en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft SMS campaign %1 to %n recipient(s): review it in Campaigns before sending.</source>
        <translation>
            <numerusform>Brouillon de campagne texto %1 à %n destinataire&#xa0;: vérifiez-le dans Campagnes avant l’envoi.</numerusform>
            <numerusform>Brouillon de campagne texto %1 à %n destinataires&#xa0;: vérifiez-le dans Campagnes avant l’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMS campaign was drafted: %1</source>
        <translation>Aucun brouillon de campagne texto n’a été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message numerus="yes">
        <source>Outage of %1 %2 closed: %n ticket(s) closed with the recovery message.</source>
        <translation>
            <numerusform>Panne de %1 %2 fermée&#xa0;: %n billet fermé avec le message de rétablissement.</numerusform>
            <numerusform>Panne de %1 %2 fermée&#xa0;: %n billets fermés avec le message de rétablissement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft recovery SMS %1 to %n recipient(s).</source>
        <translation>
            <numerusform>Brouillon de texto de rétablissement %1 à %n destinataire.</numerusform>
            <numerusform>Brouillon de texto de rétablissement %1 à %n destinataires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Pending</source>
        <comment>outbox status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>outbox status</comment>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outbox status</comment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outbox status</comment>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <comment>outbox status: may or may not have been delivered</comment>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>outbox status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Client Stripe</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>attempts made / attempts allowed</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>business entity and id, e.g. invoice #42</comment>
        <translation>%1 nº&#xa0;%2</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>outbox row number</comment>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>external provider</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Référence du service</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Lié à</translation>
    </message>
</context>
<context>
    <name>OutboxWidget</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Send the selected failed or uncertain item again (Ctrl+R)</source>
        <translation>Renvoyer l’envoi échoué ou incertain sélectionné (Ctrl+R)</translation>
    </message>
    <message>
        <source>Retry all &amp;failed…</source>
        <translation>Réessayer tous les envois &amp;échoués…</translation>
    </message>
    <message>
        <source>Send every failed item of the selected service again (Ctrl+Shift+R)</source>
        <translation>Renvoyer tous les envois échoués du service sélectionné (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel item…</source>
        <translation>&amp;Annuler l’envoi…</translation>
    </message>
    <message>
        <source>Never send the selected item (Delete)</source>
        <translation>Annuler définitivement l’envoi sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>File d’envoi</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Détails de l’envoi sélectionné</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Select an item to see the service&apos;s full answer.</source>
        <translation>Sélectionnez un envoi pour voir la réponse complète du service.</translation>
    </message>
    <message>
        <source>Item %1 · %2 · %3</source>
        <translation>Envoi %1 · %2 · %3</translation>
    </message>
    <message>
        <source>This message may already have been delivered: the service&apos;s answer was lost while it was being sent. Check with the service (or the recipient) before sending it again, otherwise it may arrive twice. If it was delivered, cancel this item.</source>
        <translation>Ce message a peut-être déjà été livré&#xa0;: la réponse du service a été perdue pendant l’envoi. Vérifiez auprès du service (ou du destinataire) avant de le renvoyer, sinon il pourrait arriver en double. S’il a été livré, annulez cet envoi.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Référence du service</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nº&#xa0;%2</translation>
    </message>
    <message>
        <source>Service&apos;s answer</source>
        <translation>Réponse du service</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n envoi affiché</numerusform>
            <numerusform>%n envois affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · chargement…</translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · d’autres en faisant défiler</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Renvoyer&#xa0;?</translation>
    </message>
    <message>
        <source>Item %1 may already have been delivered. Send it again anyway?</source>
        <translation>L’envoi %1 a peut-être déjà été livré. Le renvoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Check with the service or the recipient first: the message may arrive twice.</source>
        <translation>Vérifiez d’abord auprès du service ou du destinataire&#xa0;: le message pourrait arriver en double.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Item %1 will be sent again shortly.</source>
        <translation>L’envoi %1 sera renvoyé sous peu.</translation>
    </message>
    <message>
        <source>Send every failed item again, for all services?</source>
        <translation>Renvoyer tous les envois échoués, pour tous les services&#xa0;?</translation>
    </message>
    <message>
        <source>Send every failed %1 item again?</source>
        <translation>Renvoyer tous les envois échoués de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Retry all failed items?</source>
        <translation>Réessayer tous les envois échoués&#xa0;?</translation>
    </message>
    <message>
        <source>Uncertain items are not included: each needs its own decision.</source>
        <translation>Les envois incertains ne sont pas inclus&#xa0;: chacun exige sa propre décision.</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Réessayer tous les envois échoués</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) will be sent again shortly.</source>
        <translation>
            <numerusform>%n envoi échoué sera renvoyé sous peu.</numerusform>
            <numerusform>%n envois échoués seront renvoyés sous peu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this item?</source>
        <translation>Annuler cet envoi&#xa0;?</translation>
    </message>
    <message>
        <source>Item %1 (%2) will never be sent. Cancel it?</source>
        <translation>L’envoi %1 (%2) ne partira jamais. L’annuler&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel the item</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Item %1 is cancelled: it will not be sent.</source>
        <translation>L’envoi %1 est annulé&#xa0;: il ne partira pas.</translation>
    </message>
</context>
<context>
    <name>PaymentEntryDialog</name>
    <message>
        <source>New payment</source>
        <translation>Nouveau paiement</translation>
    </message>
    <message>
        <source>Name, code, address or phone</source>
        <translation>Nom, code, adresse ou téléphone</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <source>for example 89.95</source>
        <translation>par exemple 89,95</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mode de &amp;paiement :</translation>
    </message>
    <message>
        <source>cheque number, e-Transfer reference</source>
        <translation>numéro de chèque, référence du virement</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Reçu &amp;le :</translation>
    </message>
    <message>
        <source>A&amp;llocation to open invoices (oldest first; edit an amount to change it):</source>
        <translation>&amp;Imputation aux factures à payer (la plus ancienne d’abord; modifiez un montant pour la changer) :</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Open: %1 · allocated: %2 · left as credit: %3</source>
        <translation>À payer : %1 · imputé : %2 · laissé en crédit : %3</translation>
    </message>
    <message>
        <source>The allocations (%1) are above the payment (%2).</source>
        <translation>Les imputations (%1) dépassent le paiement (%2).</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>Choisissez le client qui a payé.</translation>
    </message>
    <message>
        <source>The amount must be above zero, for example 89.95.</source>
        <translation>Le montant doit être supérieur à zéro, par exemple 89,95.</translation>
    </message>
    <message>
        <source>The allocations are above the payment: lower one of them.</source>
        <translation>Les imputations dépassent le paiement : réduisez-en une.</translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <source>Cash</source>
        <comment>payment method</comment>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>Cheque</source>
        <comment>payment method</comment>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Interac e-Transfer</source>
        <comment>payment method</comment>
        <translation>Virement Interac</translation>
    </message>
    <message>
        <source>Card</source>
        <comment>payment method</comment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Pre-authorized debit</source>
        <comment>payment method</comment>
        <translation>Débit préautorisé</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>payment status</comment>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Reversed</source>
        <comment>payment status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>payment status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>payment status</comment>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>payment status</comment>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Imputé</translation>
    </message>
</context>
<context>
    <name>PaymentListWidget</name>
    <message>
        <source>&amp;Received from</source>
        <translation>&amp;Reçus du</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Customer code or name (Ctrl+F)</source>
        <translation>Code ou nom du client (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1+ payments</source>
        <translation>%1+ paiements</translation>
    </message>
    <message>
        <source>&amp;New payment… (Ctrl+N)</source>
        <translation>&amp;Nouveau paiement… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>A payment that did not clear (an NSF cheque): its invoices re-open</source>
        <translation>Un paiement qui n’a pas passé (un chèque sans provision) : ses factures sont rouvertes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <source>Payment %1 recorded for %2: %3 allocated, %4 left as credit.</source>
        <translation>Paiement %1 enregistré pour %2 : %3 imputé, %4 laissé en crédit.</translation>
    </message>
    <message>
        <source>Reverse payment %1</source>
        <translation>Annuler le paiement %1</translation>
    </message>
    <message>
        <source>Why is payment %1 reversed? Its invoices re-open and the customer owes it again.</source>
        <translation>Pourquoi le paiement %1 est-il annulé? Ses factures sont rouvertes et le client doit de nouveau ce montant.</translation>
    </message>
    <message>
        <source>Cheque returned NSF</source>
        <translation>Chèque retourné sans provision</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>A reversal needs its reason.</source>
        <translation>Une annulation doit avoir sa raison.</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 reversed: %n invoice(s) re-opened.</source>
        <translation>
            <numerusform>Paiement %1 annulé : %n facture rouverte.</numerusform>
            <numerusform>Paiement %1 annulé : %n factures rouvertes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln paiement</numerusform>
            <numerusform>%Ln paiements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>&amp;Reçu…</translation>
    </message>
    <message>
        <source>The payment&apos;s receipt in the customer&apos;s language: preview, print, save, e-mail (Ctrl+R)</source>
        <translation>Le reçu du paiement dans la langue du client : aperçu, impression, enregistrement, courriel (Ctrl+R)</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Reçu…</translation>
    </message>
    <message>
        <source>Edit a&amp;llocation…</source>
        <translation>Modifier l’i&amp;mputation…</translation>
    </message>
    <message>
        <source>Which invoices this payment pays (Ctrl+L); what is left stays as the customer&apos;s credit</source>
        <translation>Les factures que ce paiement règle (Ctrl+L); le reste demeure un crédit du client</translation>
    </message>
    <message>
        <source>Apply &amp;credit</source>
        <translation>Appliquer le &amp;crédit</translation>
    </message>
    <message>
        <source>The customer&apos;s credit to its open invoices, oldest first</source>
        <translation>Le crédit du client imputé à ses factures à payer, la plus ancienne d’abord</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Remb&amp;ourser…</translation>
    </message>
    <message>
        <source>Give back all or part of a card or pre-authorized debit payment through Stripe</source>
        <translation>Rendre tout ou partie d’un paiement par carte ou par débit préautorisé, par Stripe</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 now pays %n invoice(s) (%2); the customer&apos;s credit is %3.</source>
        <translation>
            <numerusform>Le paiement %1 règle maintenant %n facture (%2); le crédit du client est de %3.</numerusform>
            <numerusform>Le paiement %1 règle maintenant %n factures (%2); le crédit du client est de %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no open invoice to apply its credit to.</source>
        <translation>%1 n’a aucune facture à payer à laquelle appliquer son crédit.</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s credit applied to its open invoices.</source>
        <translation>%1 du crédit de %2 appliqué à ses factures à payer.</translation>
    </message>
    <message>
        <source>Apply &amp;credit (%1)</source>
        <translation>Appliquer le &amp;crédit (%1)</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPanel</name>
    <message>
        <source>Pre-authorized debit</source>
        <translation>Débit préautorisé</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Pre-authori&amp;zed payments</source>
        <translation>Paiements préautori&amp;sés</translation>
    </message>
    <message>
        <source>Open invoices are charged to the default payment method on their due date</source>
        <translation>Les factures à payer sont portées au mode de paiement par défaut à leur échéance</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Mettre par &amp;défaut</translation>
    </message>
    <message>
        <source>Charge pre-authorized payments to the selected method (Ctrl+D)</source>
        <translation>Porter les paiements préautorisés au mode sélectionné (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Send a &amp;link to save a card / bank account…</source>
        <translation>Envoyer un &amp;lien pour enregistrer une carte ou un compte bancaire…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Saved payment methods</source>
        <translation>Modes de paiement enregistrés</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>No saved payment method. Send the customer a link to save a card or a bank account.</source>
        <translation>Aucun mode de paiement enregistré. Envoyez au client un lien pour enregistrer une carte ou un compte bancaire.</translation>
    </message>
    <message>
        <source>Links waiting for the customer</source>
        <translation>Liens en attente du client</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>★ Default</source>
        <translation>★ Par défaut</translation>
    </message>
    <message>
        <source>Pre-authorized payments are charged to this method</source>
        <translation>Les paiements préautorisés sont portés à ce mode</translation>
    </message>
    <message>
        <source>%1: link sent on %2 to %3 by %4, waiting for the customer</source>
        <translation>%1&#xa0;: lien envoyé le %2 à %3 par %4, en attente du client</translation>
    </message>
    <message>
        <source>Open invoices are charged to the default method on their due date.</source>
        <translation>Les factures à payer sont portées au mode par défaut à leur échéance.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Non inscrit.</translation>
    </message>
    <message>
        <source>Not enrolled: needs a default payment method.</source>
        <translation>Non inscrit&#xa0;: il faut un mode de paiement par défaut.</translation>
    </message>
    <message>
        <source>Detach the selected method at Stripe and remove it from the file (Delete)</source>
        <translation>Détacher le mode sélectionné chez Stripe et le retirer du dossier (Suppr)</translation>
    </message>
    <message>
        <source>Stripe is not set up on this workstation (File → Integrations → Stripe): a saved method cannot be removed.</source>
        <translation>Stripe n’est pas configuré sur ce poste (Fichier → Intégrations → Stripe)&#xa0;: un mode enregistré ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>E-mail or text the customer a secure link to save a card or a bank account (Ctrl+L)</source>
        <translation>Envoyer au client, par courriel ou par texto, un lien sécurisé pour enregistrer une carte ou un compte bancaire (Ctrl+L)</translation>
    </message>
    <message>
        <source>Stripe is not set up on this workstation (File → Integrations → Stripe): no link can be sent.</source>
        <translation>Stripe n’est pas configuré sur ce poste (Fichier → Intégrations → Stripe)&#xa0;: aucun lien ne peut être envoyé.</translation>
    </message>
    <message>
        <source>Default payment method changed.</source>
        <translation>Mode de paiement par défaut changé.</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Remove %1 from this customer? It is detached at Stripe and can no longer be charged.</source>
        <translation>Retirer %1 de ce client&#xa0;? Le mode est détaché chez Stripe et ne pourra plus être débité.</translation>
    </message>
    <message>
        <source>It is the default method: pre-authorized payments will be turned off.</source>
        <translation>C’est le mode par défaut&#xa0;: les paiements préautorisés seront désactivés.</translation>
    </message>
    <message>
        <source>Remove payment method</source>
        <translation>Retirer le mode de paiement</translation>
    </message>
    <message>
        <source>Removing the payment method at Stripe…</source>
        <translation>Retrait du mode de paiement chez Stripe…</translation>
    </message>
    <message>
        <source>Payment method removed. It was the default: pre-authorized payments are now off for this customer.</source>
        <translation>Mode de paiement retiré. C’était le mode par défaut&#xa0;: les paiements préautorisés sont maintenant désactivés pour ce client.</translation>
    </message>
    <message>
        <source>Payment method removed.</source>
        <translation>Mode de paiement retiré.</translation>
    </message>
    <message>
        <source>Pre-authorized payments need a default payment method. Send the customer a link to save a card or a bank account, or make a saved method the default.</source>
        <translation>Les paiements préautorisés exigent un mode de paiement par défaut. Envoyez au client un lien pour enregistrer une carte ou un compte bancaire, ou mettez un mode enregistré par défaut.</translation>
    </message>
    <message>
        <source>Pre-authorized payments are on.</source>
        <translation>Les paiements préautorisés sont activés.</translation>
    </message>
    <message>
        <source>Pre-authorized payments are off.</source>
        <translation>Les paiements préautorisés sont désactivés.</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Pre-authorized debit</source>
        <translation>Débit préautorisé</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>Interac e-Transfer</source>
        <translation>Virement Interac</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsForm</name>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account &amp;SID&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;nder (number or MG… service):</source>
        <translation>Exp&amp;éditeur (numéro ou service MG…)&#xa0;:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>&amp;Jeton d’authentification&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;nder e-mail:</source>
        <translation>Courriel de l’&amp;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Clé &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;key (sk_…):</source>
        <translation>Clé &amp;secrète (sk_…)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name (empty: token):</source>
        <translation>Nom d’&amp;utilisateur (vide&#xa0;: jeton)&#xa0;:</translation>
    </message>
    <message>
        <source>Token or &amp;password:</source>
        <translation>Jeton ou &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name (empty: none):</source>
        <translation>Nom d’&amp;utilisateur (vide&#xa0;: aucun)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source> /s</source>
        <comment>requests per second</comment>
        <translation>&#xa0;/s</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>at once:</source>
        <translation>simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Dé&amp;bit&#xa0;:</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Certificats du système seulement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Extra &amp;CA file (PEM):</source>
        <translation>&amp;Fichier d’AC supplémentaire (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Calls the service without sending anything</source>
        <translation>Appelle le service sans rien envoyer</translation>
    </message>
    <message>
        <source>•••••••• (unchanged)</source>
        <translation>•••••••• (inchangé)</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to keep it.</source>
        <translation>Conservé dans le trousseau du système. Laissez vide pour le garder.</translation>
    </message>
    <message>
        <source>Not set. It will be stored in the system keychain, never in a file.</source>
        <translation>Non défini. Il sera conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificat d’AC de confiance</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <source>Travel times for the scheduling assistant and the day optimizer. Straight line: the distance as the crow flies × the road factor, no server needed. Routing server: the table service of an OSRM server (for a day of 500 jobs, start it with --max-table-size 1000). Matrix file: travel times computed elsewhere, with a “.points” file beside it listing its places (one “latitude longitude” per line, in the matrix&apos;s order). When the server or the file cannot be used, plans fall back to the straight line and say so.</source>
        <translation>Temps de déplacement de l&apos;assistant de planification et de l&apos;optimiseur de journée. Ligne droite&#xa0;: la distance à vol d&apos;oiseau × le facteur routier, sans serveur. Serveur de routage&#xa0;: le service table d&apos;un serveur OSRM (pour une journée de 500 interventions, lancez-le avec --max-table-size 1000). Fichier de matrice&#xa0;: des temps de déplacement calculés ailleurs, avec à côté un fichier «&#xa0;.points&#xa0;» qui en liste les lieux (un «&#xa0;latitude longitude&#xa0;» par ligne, dans l&apos;ordre de la matrice). Si le serveur ou le fichier ne peut pas être utilisé, les plans reviennent à la ligne droite et le signalent.</translation>
    </message>
    <message>
        <source>Straight line (no server)</source>
        <translation>Ligne droite (sans serveur)</translation>
    </message>
    <message>
        <source>Routing server (OSRM)</source>
        <translation>Serveur de routage (OSRM)</translation>
    </message>
    <message>
        <source>Matrix file</source>
        <translation>Fichier de matrice</translation>
    </message>
    <message>
        <source>Travel &amp;source:</source>
        <translation>&amp;Source des déplacements&#xa0;:</translation>
    </message>
    <message>
        <source>Only for the “Matrix file” travel source</source>
        <translation>Seulement pour la source «&#xa0;Fichier de matrice&#xa0;»</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Matrix file:</source>
        <translation>Fichier de &amp;matrice&#xa0;:</translation>
    </message>
    <message>
        <source>Travel matrix file</source>
        <translation>Fichier de matrice de déplacements</translation>
    </message>
    <message>
        <source>Travel matrices (*.matrix *.txt);;All files (*)</source>
        <translation>Matrices de déplacements (*.matrix *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The page where customers save a card or a bank account (it receives the SetupIntent in the link). Not a secret: stored in the settings file. The environment variable TARGO_STRIPE_SETUP_PAGE_URL, when set, wins.</source>
        <translation>La page où les clients enregistrent une carte ou un compte bancaire (elle reçoit le SetupIntent dans le lien). Ce n’est pas un secret&#xa0;: conservée dans le fichier de paramètres. La variable d’environnement TARGO_STRIPE_SETUP_PAGE_URL, si elle est définie, l’emporte.</translation>
    </message>
    <message>
        <source>&amp;Payment page URL:</source>
        <translation>Adresse de la &amp;page de paiement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReceivablesWidget</name>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;En date du</translation>
    </message>
    <message>
        <source>The date the report is computed for; Enter refreshes</source>
        <translation>La date du rapport; Entrée actualise</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Every customer of the chosen bucket to a CSV file</source>
        <translation>Tous les clients de la tranche choisie dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimer le rapport (Ctrl+P)</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Plus ancienne échéance</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Esc: back to the customers</source>
        <translation>Échap : retour aux clients</translation>
    </message>
    <message>
        <source>All (total)</source>
        <translation>Toutes (total)</translation>
    </message>
    <message>
        <source>Customers owing something, largest first</source>
        <translation>Clients qui doivent un montant, les plus gros d’abord</translation>
    </message>
    <message>
        <source>Customers owing in “%1”, largest first</source>
        <translation>Clients qui doivent dans « %1 », les plus gros d’abord</translation>
    </message>
    <message>
        <source>Open invoices of %1 as of %2</source>
        <translation>Factures ouvertes de %1 en date du %2</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>Receivables aging as of %1</source>
        <translation>Âge des comptes clients en date du %1</translation>
    </message>
    <message>
        <source>Print the receivables aging</source>
        <translation>Imprimer l’âge des comptes clients</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>É&amp;tat de compte…</translation>
    </message>
    <message>
        <source>The customer&apos;s statement for a date range: preview, print, save, e-mail</source>
        <translation>L’état de compte du client pour une période : aperçu, impression, enregistrement, courriel</translation>
    </message>
</context>
<context>
    <name>RecoveryMessageDialog</name>
    <message>
        <source>Close outage</source>
        <translation>Fermer la panne</translation>
    </message>
    <message>
        <source>The outage of %1 is over. This message goes on every ticket of the outage, which are then closed, and into a draft SMS to the affected customers.</source>
        <translation>La panne de %1 est terminée. Ce message est ajouté à chaque billet de la panne, qui sont ensuite fermés, et à un brouillon de texto aux clients touchés.</translation>
    </message>
    <message>
        <source>e.g. Service is restored in your area. Thank you for your patience.</source>
        <translation>p.&#xa0;ex. Le service est rétabli dans votre secteur. Merci de votre patience.</translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation>Message de rétablissement</translation>
    </message>
    <message>
        <source>Close the outage</source>
        <translation>Fermer la panne</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund payment %1</source>
        <translation>Rembourser le paiement %1</translation>
    </message>
    <message>
        <source>The money goes back to the customer&apos;s card or bank account through Stripe. The invoices it paid re-open, newest first.</source>
        <translation>L’argent retourne sur la carte ou le compte bancaire du client par Stripe. Les factures qu’il payait sont rouvertes, la plus récente d’abord.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Left to refund:</source>
        <translation>Reste à rembourser :</translation>
    </message>
    <message>
        <source>for example 25.00</source>
        <translation>par exemple 25.00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>for example: billed twice in November</source>
        <translation>par exemple : facturé deux fois en novembre</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>That is above what is left to refund (%1).</source>
        <translation>C’est plus que ce qui reste à rembourser (%1).</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this payment.</source>
        <translation>Il ne reste rien à rembourser sur ce paiement.</translation>
    </message>
    <message>
        <source>Refund of %1 on payment %2 sent to Stripe; it shows once Stripe confirms it.</source>
        <translation>Remboursement de %1 sur le paiement %2 envoyé à Stripe; il apparaîtra quand Stripe l’aura confirmé.</translation>
    </message>
</context>
<context>
    <name>RegionRuleDialog</name>
    <message>
        <source>Add a region rule</source>
        <translation>Ajouter une règle de région</translation>
    </message>
    <message>
        <source>Postal codes &amp;starting with</source>
        <translation>Codes postaux &amp;commençant par</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>J8X, J8X 1 or Gatineau</source>
        <translation>J8X, J8X 1 ou Gatineau</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Locations whose postal code starts with %1 go to %2.</source>
        <translation>Les adresses dont le code postal commence par %1 vont à %2.</translation>
    </message>
    <message>
        <source>Locations in %1 go to %2, unless a postal-code rule matches.</source>
        <translation>Les adresses de %1 vont à %2, sauf si une règle de code postal s’applique.</translation>
    </message>
</context>
<context>
    <name>RegionRulesWidget</name>
    <message>
        <source>Dispatch regions</source>
        <translation>Régions de répartition</translation>
    </message>
    <message>
        <source>A location&apos;s region comes from the longest matching start of its postal code, otherwise from its city. A dispatch job takes its location&apos;s region. New locations follow the rules at once; existing ones when you apply the rules to all locations.</source>
        <translation>La région d’une adresse vient du plus long début de code postal qui correspond, sinon de sa ville. Un travail de répartition prend la région de son adresse. Les nouvelles adresses suivent les règles aussitôt; les adresses existantes, quand vous appliquez les règles à toutes les adresses.</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Ajouter une règle…</translation>
    </message>
    <message>
        <source>A postal-code start or a city that belongs to a region (Ctrl+N)</source>
        <translation>Un début de code postal ou une ville qui appartient à une région (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Remove rule…</source>
        <translation>&amp;Retirer la règle…</translation>
    </message>
    <message>
        <source>Remove the selected rule (Del)</source>
        <translation>Retirer la règle choisie (Suppr)</translation>
    </message>
    <message>
        <source>New re&amp;gion…</source>
        <translation>Nouvelle ré&amp;gion…</translation>
    </message>
    <message>
        <source>Add a region technicians and rules can belong to (Ctrl+Shift+N)</source>
        <translation>Ajouter une région à laquelle techniciens et règles peuvent appartenir (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>A&amp;pply to all locations…</source>
        <translation>A&amp;ppliquer à toutes les adresses…</translation>
    </message>
    <message>
        <source>Every location and every open job takes its region again from these rules (Ctrl+Shift+A)</source>
        <translation>Chaque adresse et chaque travail ouvert reprend sa région selon ces règles (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Filter by postal code, city or region (Ctrl+F)</source>
        <translation>Filtrer par code postal, ville ou région (Ctrl+F)</translation>
    </message>
    <message>
        <source>Postal code or city</source>
        <translation>Code postal ou ville</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Region rules</source>
        <translation>Règles de région</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Start of postal code</source>
        <translation>Début de code postal</translation>
    </message>
    <message>
        <source>%1 locations; %2 have no region (no rule matches their postal code or city).</source>
        <translation>%1 adresses; %2 n’ont aucune région (aucune règle ne correspond à leur code postal ou à leur ville).</translation>
    </message>
    <message>
        <source>%1 locations, every one in a region.</source>
        <translation>%1 adresses, toutes dans une région.</translation>
    </message>
    <message>
        <source>Add a region first.</source>
        <translation>Ajoutez d’abord une région.</translation>
    </message>
    <message>
        <source>The region rules could not be changed.</source>
        <translation>Les règles de région n’ont pas pu être modifiées.</translation>
    </message>
    <message>
        <source>%1 now belongs to %2. Existing locations change region when you apply the rules to all locations.</source>
        <translation>%1 appartient maintenant à %2. Les adresses existantes changent de région quand vous appliquez les règles à toutes les adresses.</translation>
    </message>
    <message>
        <source>Apply now…</source>
        <translation>Appliquer maintenant…</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>Remove the rule %1 → %2? Locations already in %2 keep it until you apply the rules to all locations.</source>
        <translation>Retirer la règle %1 → %2&#xa0;? Les adresses déjà dans %2 la gardent jusqu’à ce que vous appliquiez les règles à toutes les adresses.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The rule for %1 is removed.</source>
        <translation>La règle pour %1 est retirée.</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>Nouvelle région</translation>
    </message>
    <message>
        <source>Name of the region (for example Outaouais):</source>
        <translation>Nom de la région (par exemple Outaouais)&#xa0;:</translation>
    </message>
    <message>
        <source>The region %1 is added. Give it rules, and give its technicians the %1 tag.</source>
        <translation>La région %1 est ajoutée. Donnez-lui des règles, et donnez l’étiquette %1 à ses techniciens.</translation>
    </message>
    <message>
        <source>Apply to all locations</source>
        <translation>Appliquer à toutes les adresses</translation>
    </message>
    <message>
        <source>Every location, and every open dispatch job, takes its region again from these rules. Jobs may move to another region&apos;s dispatchers. Continue?</source>
        <translation>Chaque adresse, et chaque travail de répartition ouvert, reprend sa région selon ces règles. Des travaux peuvent passer aux répartiteurs d’une autre région. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Applying the rules to every location…</source>
        <translation>Application des règles à toutes les adresses…</translation>
    </message>
    <message>
        <source>Every location was already in the right region.</source>
        <translation>Chaque adresse était déjà dans la bonne région.</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) changed region, with their open jobs.</source>
        <translation>
            <numerusform>%n adresse a changé de région, avec ses travaux ouverts.</numerusform>
            <numerusform>%n adresses ont changé de région, avec leurs travaux ouverts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2, %3, %4</translation>
    </message>
    <message>
        <source>≈ close match</source>
        <translation>≈ correspondance proche</translation>
    </message>
    <message numerus="yes">
        <source>Close match: found despite %n typo(s) in the search text.</source>
        <translation>
            <numerusform>Correspondance proche&#xa0;: trouvée malgré %n faute de frappe dans le texte cherché.</numerusform>
            <numerusform>Correspondance proche&#xa0;: trouvée malgré %n fautes de frappe dans le texte cherché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Known values: %1</source>
        <translation>Valeurs connues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Customer status (none: all)</source>
        <translation>Statut du client (aucun&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Several values separated by commas; empty: all.</source>
        <translation>Plusieurs valeurs séparées par des virgules; vide&#xa0;: toutes.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>Plans (SKU)</source>
        <translation>Forfaits (SKU)</translation>
    </message>
    <message>
        <source>OLTs</source>
        <translation>OLT</translation>
    </message>
    <message>
        <source>OLT and port</source>
        <translation>OLT et port</translation>
    </message>
    <message>
        <source>“OLT-SJR-01 1/1/3”, several separated by commas.</source>
        <translation>«&#xa0;OLT-SJR-01 1/1/3&#xa0;», plusieurs séparés par des virgules.</translation>
    </message>
    <message>
        <source>OLT-SJR-01 1/1/3</source>
        <translation>OLT-SJR-01 1/1/3</translation>
    </message>
    <message>
        <source>Balance over ($)</source>
        <translation>Solde supérieur à ($)</translation>
    </message>
    <message>
        <source>Customers whose balance is above this amount.</source>
        <translation>Les clients dont le solde dépasse ce montant.</translation>
    </message>
    <message>
        <source>French and English</source>
        <translation>Français et anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Has an e-mail address</source>
        <translation>A une adresse courriel</translation>
    </message>
    <message>
        <source>Has no e-mail address</source>
        <translation>N’a pas d’adresse courriel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Has a mobile number</source>
        <translation>A un numéro de cellulaire</translation>
    </message>
    <message>
        <source>Has no mobile number</source>
        <translation>N’a pas de numéro de cellulaire</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulaire</translation>
    </message>
    <message>
        <source>Has a valid consent (CASL)</source>
        <translation>A un consentement valide (LCAP)</translation>
    </message>
    <message>
        <source>Has no valid consent</source>
        <translation>N’a pas de consentement valide</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>“%1” is not an OLT and a port (e.g. “OLT-SJR-01 1/1/3”).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un OLT et un port (p. ex. «&#xa0;OLT-SJR-01 1/1/3&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will receive it</source>
        <translation>
            <numerusform>%n destinataire le recevra</numerusform>
            <numerusform>%n destinataires le recevront</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers match, %2 with an address, %3 distinct addresses, %4 skipped (CASL)</source>
        <translation>%1 clients correspondent, %2 avec une adresse, %3 adresses distinctes, %4 écartés (LCAP)</translation>
    </message>
</context>
<context>
    <name>ServerProfileForm</name>
    <message>
        <source>e.g. Head office</source>
        <translation>p. ex. Siège social</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>db1.example.net,db2.example.net</source>
        <translation>db1.example.net,db2.example.net</translation>
    </message>
    <message>
        <source>One host, or a comma-separated list for a highly available cluster.</source>
        <translation>Un hôte, ou une liste séparée par des virgules pour une grappe à haute disponibilité.</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hôtes&#xa0;:</translation>
    </message>
    <message>
        <source>One port for all hosts, or one per host (5432,5433).</source>
        <translation>Un port pour tous les hôtes, ou un par hôte (5432,5433).</translation>
    </message>
    <message>
        <source>&amp;Port(s):</source>
        <translation>&amp;Port(s)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>Conservé dans le trousseau du système; laissez vide pour le garder</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Verify the certificate and host name (verify-full)</source>
        <translation>Vérifier le certificat et le nom d’hôte (verify-full)</translation>
    </message>
    <message>
        <source>Verify the certificate (verify-ca)</source>
        <translation>Vérifier le certificat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Chiffrer, sans vérifier (require)</translation>
    </message>
    <message>
        <source>Encrypt if possible (prefer)</source>
        <translation>Chiffrer si possible (prefer)</translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation>Aucun chiffrement (disable)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Certificats du système</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat d’AC&#xa0;:</translation>
    </message>
    <message>
        <source>The primary (read-write)</source>
        <translation>Le serveur principal (read-write)</translation>
    </message>
    <message>
        <source>Any server (any)</source>
        <translation>N’importe quel serveur (any)</translation>
    </message>
    <message>
        <source>A standby if there is one (prefer-standby)</source>
        <translation>Un serveur de relève s’il y en a un (prefer-standby)</translation>
    </message>
    <message>
        <source>A read-only server (read-only)</source>
        <translation>Un serveur en lecture seule (read-only)</translation>
    </message>
    <message>
        <source>Connect &amp;to:</source>
        <translation>Se connecter &amp;à&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Enter at least one host.</source>
        <translation>Entrez au moins un hôte.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Entrez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Enter the user name (your PostgreSQL role).</source>
        <translation>Entrez le nom d’utilisateur (votre rôle PostgreSQL).</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SetupLinkDialog</name>
    <message>
        <source>Send a link to save a card / bank account</source>
        <translation>Envoyer un lien pour enregistrer une carte ou un compte bancaire</translation>
    </message>
    <message>
        <source>%1 (%2) receives a secure link to save a payment method. No card or account number is typed here: the customer enters it on the payment page, and the method appears in the file when Stripe reports it.</source>
        <translation>%1 (%2) reçoit un lien sécurisé pour enregistrer un mode de paiement. Aucun numéro de carte ou de compte n’est saisi ici&#xa0;: le client l’inscrit sur la page de paiement, et le mode apparaît dans le dossier quand Stripe le signale.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Pre-authorized debit (bank account)</source>
        <translation>Débit préautorisé (compte bancaire)</translation>
    </message>
    <message>
        <source>&amp;Save:</source>
        <translation>&amp;Enregistrer&#xa0;:</translation>
    </message>
    <message>
        <source>Send &amp;by:</source>
        <translation>Envoyer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Message (in the customer&apos;s language: English):</source>
        <translation>Message (dans la langue du client&#xa0;: anglais)&#xa0;:</translation>
    </message>
    <message>
        <source>Message (in the customer&apos;s language: French):</source>
        <translation>Message (dans la langue du client&#xa0;: français)&#xa0;:</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>The database is not connected.</source>
        <translation>La base de données n’est pas connectée.</translation>
    </message>
    <message>
        <source>Stripe is not set up on this workstation (File → Integrations → Stripe): no link can be sent.</source>
        <translation>Stripe n’est pas configuré sur ce poste (Fichier → Intégrations → Stripe)&#xa0;: aucun lien ne peut être envoyé.</translation>
    </message>
    <message>
        <source>Creating the link at Stripe and queuing the message…</source>
        <translation>Création du lien chez Stripe et mise en file du message…</translation>
    </message>
    <message>
        <source>Link sent to %1 by %2 (outbox row %3). It is listed in the file until the customer saves the method.</source>
        <translation>Lien envoyé à %1 par %2 (ligne %3 de la file d’envoi). Il reste affiché dans le dossier jusqu’à ce que le client enregistre le mode.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Database administrator</source>
        <comment>the embedded database&apos;s own superuser</comment>
        <translation>Administrateur de la base de données</translation>
    </message>
    <message>
        <source>No login yet</source>
        <translation>Pas encore d’identifiant</translation>
    </message>
    <message>
        <source>Cannot log in</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>Invited (temporary password)</source>
        <translation>Invité (mot de passe temporaire)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>StartupPanel</name>
    <message>
        <source>Starting Targo Ops</source>
        <translation>Démarrage de Targo Ops</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Progression du démarrage</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>StatementRangeDialog</name>
    <message>
        <source>Statement of %1</source>
        <translation>État de compte de %1</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>La langue du client</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>The start of the statement is after its end.</source>
        <translation>Le début de l’état de compte est après sa fin.</translation>
    </message>
</context>
<context>
    <name>StatusBarController</name>
    <message>
        <source>Database round-trip time (SELECT 1 every 5 seconds)</source>
        <translation>Temps aller-retour de la base de données (SELECT 1 toutes les 5 secondes)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Base de données intégrée</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>Embedded database in %1</source>
        <translation>Base de données intégrée dans %1</translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation>Serveur PostgreSQL %1</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <source>— ms</source>
        <translation>—&#xa0;ms</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Connexion perdue — reconnexion…</translation>
    </message>
    <message>
        <source>Reconnected to server %1</source>
        <translation>Reconnecté au serveur %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Active</source>
        <comment>status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>status</comment>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>status</comment>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>status</comment>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>status</comment>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>status</comment>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>In stock</source>
        <comment>status</comment>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>status</comment>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>status</comment>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Defective</source>
        <comment>status</comment>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>status</comment>
        <translation>Perdu</translation>
    </message>
</context>
<context>
    <name>StripeOpsWidget</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>en traitement</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>sans correspondance</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>pre-authorized debit</source>
        <translation>débit préautorisé</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Pre-authorized payments and Stripe reconciliation</source>
        <translation>Paiements préautorisés et rapprochement Stripe</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>Tout relire (F5)</translation>
    </message>
    <message>
        <source>Run PPA now…</source>
        <translation>Lancer les PPA maintenant…</translation>
    </message>
    <message>
        <source>Charge today&apos;s due invoices of the customers on pre-authorized payment</source>
        <translation>Prélever les factures échues aujourd’hui des clients en paiement préautorisé</translation>
    </message>
    <message>
        <source>Apply Stripe events</source>
        <translation>Appliquer les événements Stripe</translation>
    </message>
    <message>
        <source>Read Stripe&apos;s new events and apply them to payments</source>
        <translation>Lire les nouveaux événements de Stripe et les appliquer aux paiements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Stripe error</source>
        <translation>Erreur Stripe</translation>
    </message>
    <message>
        <source>PPA &amp;runs</source>
        <translation>P&amp;rélèvements PPA</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqués</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sans correspondance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>Év&amp;énements</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation>&amp;Litiges</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Re&amp;funds waiting</source>
        <translation>Remb&amp;oursements en attente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>&amp;Setup links waiting</source>
        <translation>Liens d’enregi&amp;strement en attente</translation>
    </message>
    <message>
        <source>&amp;Disputes (%1)</source>
        <translation>&amp;Litiges (%1)</translation>
    </message>
    <message>
        <source>Re&amp;funds waiting (%1)</source>
        <translation>Remb&amp;oursements en attente (%1)</translation>
    </message>
    <message>
        <source>&amp;Setup links waiting (%1)</source>
        <translation>Liens d’enregi&amp;strement en attente (%1)</translation>
    </message>
    <message>
        <source>Run PPA now</source>
        <translation>Lancer les PPA maintenant</translation>
    </message>
    <message>
        <source>Charge the invoices due on %1 of every customer on pre-authorized payment? A run never charges an invoice twice.</source>
        <translation>Prélever les factures échues le %1 de tous les clients en paiement préautorisé? Un lancement ne prélève jamais une facture deux fois.</translation>
    </message>
    <message>
        <source>The PPA run is done.</source>
        <translation>Le lancement des PPA est terminé.</translation>
    </message>
    <message numerus="yes">
        <source>%n Stripe event(s) read.</source>
        <translation>
            <numerusform>%n événement Stripe lu.</numerusform>
            <numerusform>%n événements Stripe lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionEditDialog</name>
    <message>
        <source>Edit subscription</source>
        <translation>Modifier l’abonnement</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Aucun emplacement</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: no end</source>
        <translation>aaaa-mm-jj, vide&#xa0;: sans fin</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Forfait&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rice per month:</source>
        <translation>&amp;Prix mensuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Plan #%1</source>
        <translation>Forfait nº&#xa0;%1</translation>
    </message>
    <message>
        <source>Location #%1</source>
        <translation>Emplacement nº&#xa0;%1</translation>
    </message>
    <message>
        <source>Not a date. Use the form 2025-04-30.</source>
        <translation>Ce n’est pas une date. Utilisez la forme 2025-04-30.</translation>
    </message>
    <message>
        <source>RADIUS access</source>
        <translation>Accès RADIUS</translation>
    </message>
    <message>
        <source>e.g. gf012345</source>
        <translation>p. ex. gf012345</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Afficher (&amp;v)</translation>
    </message>
    <message>
        <source>Revealed RADIUS password</source>
        <translation>Mot de passe RADIUS affiché</translation>
    </message>
    <message>
        <source>RADIUS &amp;user:</source>
        <translation>&amp;Utilisateur RADIUS&#xa0;:</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Nouveau mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Stored password:</source>
        <translation>Mot de passe enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>set</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>Shows the stored password; the reveal is recorded in the audit log.</source>
        <translation>Affiche le mot de passe enregistré; l’affichage est consigné au journal d’audit.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Billed:</source>
        <translation>Facturé :</translation>
    </message>
    <message>
        <source>%1 per month: a custom price.
Catalogue price changes do not apply.</source>
        <translation>%1 par mois : un prix particulier.
Les changements de prix du catalogue ne s’appliquent pas.</translation>
    </message>
    <message>
        <source>%1 per month: the catalogue price.
%2 from %3.</source>
        <translation>%1 par mois : le prix du catalogue.
%2 à compter du %3.</translation>
    </message>
    <message>
        <source>%1 per month: the catalogue price.
It follows the catalogue&apos;s changes.</source>
        <translation>%1 par mois : le prix du catalogue.
Il suit les changements du catalogue.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>%1 / %2 Mbit/s</source>
        <comment>download / upload</comment>
        <translation>%1 / %2&#xa0;Mbit/s</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Prix mensuel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>The temporary password of %1 is shown only now. Give it to the person: it is valid 7 days and must be changed at the first login.</source>
        <translation>Le mot de passe temporaire de %1 n’est affiché que maintenant. Remettez-le à la personne : il est valide 7 jours et doit être changé à la première connexion.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>ticket status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>ticket status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>No Internet</source>
        <comment>ticket type</comment>
        <translation>Aucun Internet</translation>
    </message>
    <message>
        <source>Slow speed</source>
        <comment>ticket type</comment>
        <translation>Vitesse lente</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <comment>ticket type</comment>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>TV</source>
        <comment>ticket type</comment>
        <translation>Télé</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>ticket type</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>ticket type</comment>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Installation</source>
        <comment>ticket type</comment>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Equipment</source>
        <comment>ticket type</comment>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>ticket type</comment>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <comment>ticket type</comment>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>General</source>
        <comment>ticket type</comment>
        <translation>Général</translation>
    </message>
    <message>
        <source>Outage</source>
        <comment>ticket type</comment>
        <translation>Panne</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 (important)</source>
        <translation>%1 · %2 (important)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>!</source>
        <comment>header of the important column</comment>
        <translation>!</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Children</source>
        <comment>child tickets</comment>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>%1
Grouped under %2</source>
        <comment>tooltip of a child ticket: its text, then its parent</comment>
        <translation>%1
Regroupé sous %2</translation>
    </message>
</context>
<context>
    <name>TicketListWidget</name>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Text in subject or messages (Ctrl+F)</source>
        <translation>Texte dans l’objet ou les messages (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Not closed (open, in progress, waiting)</source>
        <translation>Non fermés (ouverts, en cours, en attente)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>&amp;Important only</source>
        <translation>&amp;Importants seulement</translation>
    </message>
    <message>
        <source>Created &amp;between</source>
        <translation>Créés &amp;entre</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créés à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créés jusqu’au</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Mis à jour récemment</translation>
    </message>
    <message>
        <source>Ticket %1 has no customer.</source>
        <translation>Le billet %1 n’a pas de client.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) shown</source>
        <translation>
            <numerusform>%n billet affiché</numerusform>
            <numerusform>%n billets affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · chargement…</translation>
    </message>
    <message>
        <source>%1 · more as you scroll</source>
        <translation>%1 · d’autres en faisant défiler</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tous les billets</translation>
    </message>
    <message>
        <source>Tickets grouped under %1.</source>
        <translation>Billets regroupés sous %1.</translation>
    </message>
    <message>
        <source>&amp;Saved filters</source>
        <translation>&amp;Filtres enregistrés</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Membre du personnel nº&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n updated ticket(s) ↑</source>
        <comment>shown over the list; click to scroll up</comment>
        <translation>
            <numerusform>%n billet mis à jour ↑</numerusform>
            <numerusform>%n billets mis à jour ↑</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets were updated and moved to the top of the list. Click to see them.</source>
        <translation>Des billets ont été mis à jour et déplacés en haut de la liste. Cliquez pour les voir.</translation>
    </message>
    <message numerus="yes">
        <source>%n new ticket(s) ↑</source>
        <comment>shown over the list; click to scroll up</comment>
        <translation>
            <numerusform>%n nouveau billet ↑</numerusform>
            <numerusform>%n nouveaux billets ↑</numerusform>
        </translation>
    </message>
    <message>
        <source>New tickets arrived at the top of the list. Click to see them.</source>
        <translation>De nouveaux billets sont arrivés en haut de la liste. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A saved filter needs a name (at most %1 characters).</source>
        <translation>Un filtre enregistré doit avoir un nom (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>saved filter applied when the list opens</comment>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>&amp;Save current filters as…</source>
        <translation>&amp;Enregistrer les filtres actuels sous…</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>Enregistrer les filtres</translation>
    </message>
    <message>
        <source>Saved filter &quot;%1&quot; updated.</source>
        <translation>Filtre enregistré «&#xa0;%1&#xa0;» mis à jour.</translation>
    </message>
    <message>
        <source>Filters saved as &quot;%1&quot;.</source>
        <translation>Filtres enregistrés sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Rename &quot;%1&quot;…</source>
        <translation>&amp;Renommer «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename saved filter</source>
        <translation>Renommer le filtre enregistré</translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists.</source>
        <translation>Un filtre enregistré nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>&amp;Delete &quot;%1&quot;</source>
        <translation>&amp;Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Saved filter &quot;%1&quot; deleted.</source>
        <translation>Filtre enregistré «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Use as &amp;default when the list opens</source>
        <translation>Utiliser par &amp;défaut à l’ouverture de la liste</translation>
    </message>
    <message>
        <source>&amp;No default</source>
        <translation>&amp;Aucun par défaut</translation>
    </message>
</context>
<context>
    <name>TicketMessageDelegate</name>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
</context>
<context>
    <name>TicketThreadModel</name>
    <message>
        <source>E-mail</source>
        <comment>message channel</comment>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>message channel</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>message channel</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>message channel</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>message channel</comment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1
… (%2 more characters not shown)</source>
        <translation>%1
… (%2 autres caractères non affichés)</translation>
    </message>
    <message>
        <source>Internal note by %1, %2</source>
        <translation>Note interne de %1, %2</translation>
    </message>
    <message>
        <source>Message by %1, %2</source>
        <translation>Message de %1, %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>delivery</comment>
        <translation>En file</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>delivery</comment>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>delivery</comment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>delivery</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>delivery: the provider&apos;s answer was lost</comment>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>delivery</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>channel to address</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent (provider&apos;s id %1)</source>
        <translation>Envoyé (identifiant du fournisseur&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Load older messages (%n earlier)</source>
        <translation>
            <numerusform>Charger les messages plus anciens (%n message antérieur)</numerusform>
            <numerusform>Charger les messages plus anciens (%n messages antérieurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>None linked</source>
        <translation>Aucun élément lié</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Fait partie de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n grouped ticket(s)</source>
        <translation>
            <numerusform>%n billet regroupé</numerusform>
            <numerusform>%n billets regroupés</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <comment>field: before → after</comment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigné</translation>
    </message>
    <message>
        <source>location</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>subject changed</source>
        <translation>objet modifié</translation>
    </message>
    <message>
        <source>marked important</source>
        <translation>marqué important</translation>
    </message>
    <message>
        <source>no longer important</source>
        <translation>n’est plus important</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>aucun changement visible</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>Réappliquer mes modifications</translation>
    </message>
    <message>
        <source>%1 changed this ticket at %2: %3. Your change was not saved.</source>
        <translation>%1 a modifié ce billet à %2&#xa0;: %3. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Unlink the location</source>
        <translation>Dissocier l’emplacement</translation>
    </message>
    <message>
        <source>Unlink the device</source>
        <translation>Dissocier l’appareil</translation>
    </message>
    <message>
        <source>%1 No job was created: check the ticket, then create it again.</source>
        <translation>%1 Aucune intervention n’a été créée&#xa0;: vérifiez le billet, puis réessayez.</translation>
    </message>
    <message>
        <source>Dispatch job %1 created in the unscheduled queue.</source>
        <translation>Intervention %1 créée dans la file des interventions à planifier.</translation>
    </message>
    <message>
        <source>Load older messages</source>
        <translation>Charger les messages plus anciens</translation>
    </message>
    <message>
        <source>★ Important</source>
        <translation>★ Important</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>Fermer le billet</translation>
    </message>
    <message>
        <source>Open the customer file</source>
        <translation>Ouvrir le dossier client</translation>
    </message>
    <message>
        <source>Open the parent ticket</source>
        <translation>Ouvrir le billet parent</translation>
    </message>
    <message>
        <source>List the tickets grouped under this one</source>
        <translation>Lister les billets regroupés sous celui-ci</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Assign the ticket</source>
        <translation>Assigner le billet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <source>Link a location or a device</source>
        <translation>Lier un emplacement ou un appareil</translation>
    </message>
    <message>
        <source>Dispatch &amp;job…</source>
        <translation>&amp;Intervention…</translation>
    </message>
    <message>
        <source>Create a dispatch job from this ticket</source>
        <translation>Créer une intervention à partir de ce billet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write a reply or an internal note… (Ctrl+Enter sends)</source>
        <translation>Rédigez une réponse ou une note interne… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <source>Reply or internal note</source>
        <translation>Réponse ou note interne</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>This ticket has no customer to reply to.</source>
        <translation>Ce billet n’a pas de client à qui répondre.</translation>
    </message>
    <message>
        <source>Reply by e-mail to %1 (in the customer&apos;s language)</source>
        <translation>Répondre par courriel à %1 (dans la langue du client)</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>Le client n’a pas d’adresse courriel.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expéditeur dans les paramètres d’intégration).</translation>
    </message>
    <message>
        <source>Reply by SMS to %1</source>
        <translation>Répondre par texto au %1</translation>
    </message>
    <message>
        <source>The customer has no mobile number.</source>
        <translation>Le client n’a pas de numéro de cellulaire.</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender number in the integration settings).</source>
        <translation>Le texto n’est pas configuré (Twilio n’a pas de compte ou de numéro d’expéditeur dans les paramètres d’intégration).</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>Envoyer le courriel</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Envoyer le texto</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2</source>
        <comment>SMS encoding for characters outside GSM-7</comment>
        <translation>UCS-2</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s), %1</source>
        <comment>SMS length</comment>
        <translation>
            <numerusform>%n segment de texto, %1</numerusform>
            <numerusform>%n segments de texto, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Ticket opened</source>
        <translation>Billet ouvert</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Billet fermé</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Début du service</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>Fin du service</translation>
    </message>
    <message>
        <source>Job scheduled</source>
        <translation>Intervention planifiée</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>Intervention terminée</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Invoice for %1 – %2</source>
        <translation>Facture pour %1 – %2</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Échéance le %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 · %2 per month</source>
        <translation>%1 · %2 par mois</translation>
    </message>
    <message>
        <source>No technician assigned</source>
        <translation>Aucun technicien assigné</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>Numéro de série %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3 %4 %5 — %6</source>
        <comment>date time — kind code title — detail</comment>
        <translation>%1 %2 — %3 %4 %5 — %6</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>WifiChangeDialog</name>
    <message>
        <source>Change the Wi-Fi</source>
        <translation>Modifier le Wi-Fi</translation>
    </message>
    <message>
        <source>Network name (SSID)</source>
        <translation>Nom du réseau (SSID)</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Définir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password (WPA2)</source>
        <translation>Mot de passe (WPA2)</translation>
    </message>
    <message>
        <source>The device applies it at once or at its next connection; the customer&apos;s devices must then join the new network.</source>
        <translation>L’appareil l’applique aussitôt ou à sa prochaine connexion; les appareils du client devront ensuite rejoindre le nouveau réseau.</translation>
    </message>
    <message>
        <source>Send to the device</source>
        <translation>Envoyer à l’appareil</translation>
    </message>
</context>
<context>
    <name>ops::Capabilities</name>
    <message>
        <source>dispatcher</source>
        <translation>répartiteur</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturation</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gestionnaire</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
    <message>
        <source>Reading what your role allows…</source>
        <translation>Lecture des permissions de votre rôle…</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow editing customers.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les clients.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow creating customers.</source>
        <translation>Votre rôle (%1) ne permet pas de créer des clients.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow editing service locations or equipment.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les emplacements ni l’équipement.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow editing subscriptions.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les abonnements.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing tickets.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les billets.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow writing ticket messages.</source>
        <translation>Votre rôle (%1) ne permet pas d’écrire dans les billets.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow reading the audit log.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter le journal d’audit.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow managing staff accounts.</source>
        <translation>Votre rôle (%1) ne permet pas de gérer les comptes du personnel.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow revealing RADIUS passwords.</source>
        <translation>Votre rôle (%1) ne permet pas d’afficher les mots de passe RADIUS.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow billing (invoices and payments).</source>
        <translation>Votre rôle (%1) ne permet pas la facturation (factures et paiements).</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow sending messages or payments.</source>
        <translation>Votre rôle (%1) ne permet pas d’envoyer des messages ou des paiements.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow viewing the outbox.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter la file d’envoi.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow retrying or cancelling outbox rows.</source>
        <translation>Votre rôle (%1) ne permet pas de relancer ni d’annuler les envois de la file d’envoi.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing the integration settings.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les réglages des intégrations.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow seeing the dispatch board.</source>
        <translation>Votre rôle (%1) ne permet pas de voir le tableau de répartition.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow placing or moving dispatch jobs.</source>
        <translation>Votre rôle (%1) ne permet pas de placer ni de déplacer des travaux de répartition.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow changing the dispatch regions.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les régions de répartition.</translation>
    </message>
</context>
<context>
    <name>ops::DatabaseOpener</name>
    <message>
        <source>Starting the embedded database…</source>
        <translation>Démarrage de la base de données intégrée…</translation>
    </message>
    <message>
        <source>Embedded (%1)</source>
        <translation>Intégrée (%1)</translation>
    </message>
    <message>
        <source>The server profile has no host.</source>
        <translation>Le profil de serveur n’a aucun hôte.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The database server runs PostgreSQL %1; Targo Ops needs version 15 or later.</source>
        <translation>Le serveur de base de données exécute PostgreSQL %1; Targo Ops exige la version 15 ou plus récente.</translation>
    </message>
    <message>
        <source>Updating the database schema…</source>
        <translation>Mise à jour du schéma de la base de données…</translation>
    </message>
    <message>
        <source>Loading demo data: %1</source>
        <translation>Chargement des données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>ops::EmbeddedServer</name>
    <message>
        <source>TARGO_PG_BINDIR does not contain the PostgreSQL server programs (initdb, pg_ctl, postgres).</source>
        <translation>TARGO_PG_BINDIR ne contient pas les programmes du serveur PostgreSQL (initdb, pg_ctl, postgres).</translation>
    </message>
    <message>
        <source>PostgreSQL server programs were not found. Install PostgreSQL 15 or later (Debian: postgresql-15) or set TARGO_PG_BINDIR.</source>
        <translation>Les programmes du serveur PostgreSQL sont introuvables. Installez PostgreSQL 15 ou plus récent (Debian&#xa0;: postgresql-15) ou définissez TARGO_PG_BINDIR.</translation>
    </message>
    <message>
        <source>Targo Ops runs as root, and the database account it needs could not be created.</source>
        <translation>Targo Ops s’exécute en tant que root, et le compte de base de données dont il a besoin n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The database folder %1 is not empty and does not hold a Targo Ops database. It was left untouched; move it away or choose another folder.</source>
        <translation>Le dossier de base de données %1 n’est pas vide et ne contient pas de base de données Targo Ops. Il n’a pas été modifié; déplacez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The database folder %1 could not be created (check permissions and free space).</source>
        <translation>Le dossier de base de données %1 n’a pas pu être créé (vérifiez les permissions et l’espace libre).</translation>
    </message>
    <message>
        <source>The database folder %1 could not be given to the database account.</source>
        <translation>Le dossier de base de données %1 n’a pas pu être attribué au compte de base de données.</translation>
    </message>
    <message>
        <source>The embedded database could not be created.</source>
        <translation>La base de données intégrée n’a pas pu être créée.</translation>
    </message>
    <message>
        <source>The database folder %1 cannot be read (it belongs to another user or is locked).</source>
        <translation>Le dossier de base de données %1 ne peut pas être lu (il appartient à un autre utilisateur ou il est verrouillé).</translation>
    </message>
    <message>
        <source>The database folder %1 is damaged (PG_VERSION is unreadable). It was left untouched.</source>
        <translation>Le dossier de base de données %1 est endommagé (PG_VERSION est illisible). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The embedded database was created with PostgreSQL %1 but PostgreSQL %2 is installed. Install PostgreSQL %1 or set TARGO_PG_BINDIR.</source>
        <translation>La base de données intégrée a été créée avec PostgreSQL %1, mais PostgreSQL %2 est installé. Installez PostgreSQL %1 ou définissez TARGO_PG_BINDIR.</translation>
    </message>
    <message>
        <source>The database folder is in use by another database server (process %1) that does not answer. Close the other program or wait, then retry.</source>
        <translation>Le dossier de base de données est utilisé par un autre serveur de base de données (processus %1) qui ne répond pas. Fermez l’autre programme ou patientez, puis réessayez.</translation>
    </message>
    <message>
        <source>The private socket folder %1 could not be created.</source>
        <translation>Le dossier privé des sockets %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The database folder %1 is read-only.</source>
        <translation>Le dossier de base de données %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The embedded database could not start: its port or socket is already in use.</source>
        <translation>La base de données intégrée n’a pas pu démarrer&#xa0;: son port ou son socket est déjà utilisé.</translation>
    </message>
    <message>
        <source>The embedded database could not start: permission denied on its folder.</source>
        <translation>La base de données intégrée n’a pas pu démarrer&#xa0;: permission refusée sur son dossier.</translation>
    </message>
    <message>
        <source>The embedded database in %1 appears damaged and could not start. Nothing was deleted; see the log %2.</source>
        <translation>La base de données intégrée dans %1 semble endommagée et n’a pas pu démarrer. Rien n’a été supprimé; consultez le journal %2.</translation>
    </message>
    <message>
        <source>The embedded database could not start. See the log %1.</source>
        <translation>La base de données intégrée n’a pas pu démarrer. Consultez le journal %1.</translation>
    </message>
    <message>
        <source>The embedded database did not stop cleanly.</source>
        <translation>La base de données intégrée ne s’est pas arrêtée proprement.</translation>
    </message>
    <message>
        <source>The database account is missing.</source>
        <translation>Le compte de la base de données est introuvable.</translation>
    </message>
    <message>
        <source>The socket folder %1 is not private (a symbolic link, another owner, or open to other users). It was not used; remove it and start again.</source>
        <translation>Le dossier de socket %1 n’est pas privé (un lien symbolique, un autre propriétaire ou un accès ouvert à d’autres utilisateurs). Il n’a pas été utilisé; supprimez-le et recommencez.</translation>
    </message>
    <message>
        <source>The database configuration %1 could not be written.</source>
        <translation>La configuration de la base de données %1 n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Your system account has no usable user name, so the embedded database cannot recognise it.</source>
        <translation>Votre compte système n’a pas de nom d’utilisateur utilisable; la base de données intégrée ne peut donc pas le reconnaître.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and was not created by Targo Ops. It was left untouched; choose an empty or new folder for the embedded database.</source>
        <translation>Le dossier %1 n’est pas vide et n’a pas été créé par Targo Ops. Il n’a pas été modifié; choisissez un dossier vide ou nouveau pour la base de données intégrée.</translation>
    </message>
    <message>
        <source>The database settings could not be reloaded.</source>
        <translation>Les paramètres de la base de données n’ont pas pu être rechargés.</translation>
    </message>
    <message>
        <source>The TLS certificate or key file %1 cannot be read.</source>
        <translation>Le fichier de certificat ou de clé TLS %1 est illisible.</translation>
    </message>
    <message>
        <source>The database folder %1 already holds a database: a standby is made only in a new folder.</source>
        <translation>Le dossier %1 contient déjà une base de données : une base de relève (standby) se crée seulement dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>The primary database must be running with replication enabled before a standby can be made.</source>
        <translation>La base de données principale doit être démarrée avec la réplication activée avant de créer une base de relève.</translation>
    </message>
    <message>
        <source>The standby database could not be copied from the primary.</source>
        <translation>La base de relève n’a pas pu être copiée à partir de la base principale.</translation>
    </message>
    <message>
        <source>The standby database is not running.</source>
        <translation>La base de relève n’est pas démarrée.</translation>
    </message>
    <message>
        <source>The standby database could not be promoted.</source>
        <translation>La base de relève n’a pas pu être promue en base principale.</translation>
    </message>
    <message>
        <source>The primary&apos;s RADIUS password key could not be copied to the standby.</source>
        <translation>La clé des mots de passe RADIUS du serveur principal n’a pas pu être copiée vers le serveur de relève.</translation>
    </message>
    <message>
        <source>No free local port could be found for the embedded database.</source>
        <translation>Aucun port local libre n’a été trouvé pour la base de données intégrée.</translation>
    </message>
    <message>
        <source>The embedded database&apos;s password could not be read from the system&apos;s credential store, so it was not started.</source>
        <translation>Le mot de passe de la base de données intégrée n’a pas pu être lu dans le trousseau du système&#xa0;; elle n’a donc pas été démarrée.</translation>
    </message>
    <message>
        <source>The embedded database refused the password kept in the system&apos;s credential store. If that entry was deleted or changed, restore it; the database itself was left untouched.</source>
        <translation>La base de données intégrée a refusé le mot de passe conservé dans le trousseau du système. Si cette entrée a été supprimée ou modifiée, restaurez-la&#xa0;; la base de données elle-même n’a pas été touchée.</translation>
    </message>
    <message>
        <source>The embedded database in %1 was not created for the TCP and password mode (its port file is missing). Unset TARGO_PG_TCP, or choose another folder.</source>
        <translation>La base de données intégrée dans %1 n’a pas été créée pour le mode TCP avec mot de passe (son fichier de port est absent). Retirez TARGO_PG_TCP ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The embedded database in %1 was made with a password that the system&apos;s credential store no longer holds. Restore the credential store&apos;s entry, or move the folder away to start a new database.</source>
        <translation>La base de données intégrée de %1 a été créée avec un mot de passe que le magasin d’identifiants du système ne contient plus. Restaurez l’entrée du magasin d’identifiants, ou déplacez le dossier pour créer une nouvelle base de données.</translation>
    </message>
    <message>
        <source>The embedded database&apos;s server and replication modes are not available on Windows yet.</source>
        <translation>Les modes serveur et réplication de la base de données intégrée ne sont pas encore offerts sous Windows.</translation>
    </message>
</context>
<context>
    <name>ops::Error</name>
    <message>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>ops::SecretStore</name>
    <message>
        <source>No keychain entry name was given.</source>
        <translation>Aucun nom d’entrée du trousseau n’a été donné.</translation>
    </message>
    <message>
        <source>No saved password was found in the system keychain.</source>
        <translation>Aucun mot de passe enregistré n’a été trouvé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the saved password cannot be read. Unlock the keychain (or start a keyring service) and try again.</source>
        <translation>Le trousseau du système n’est pas disponible; le mot de passe enregistré ne peut donc pas être lu. Déverrouillez le trousseau (ou démarrez un service de trousseau) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the password was not saved. Unlock the keychain (or start a keyring service) and try again.</source>
        <translation>Le trousseau du système n’est pas disponible; le mot de passe n’a donc pas été enregistré. Déverrouillez le trousseau (ou démarrez un service de trousseau) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the saved password was not removed. Unlock the keychain (or start a keyring service) and try again.</source>
        <translation>Le trousseau du système n’est pas disponible; le mot de passe enregistré n’a donc pas été supprimé. Déverrouillez le trousseau (ou démarrez un service de trousseau) et réessayez.</translation>
    </message>
</context>
<context>
    <name>ops::Settings</name>
    <message>
        <source>The value &quot;%1&quot; is not valid for this setting.</source>
        <translation>La valeur «&#xa0;%1&#xa0;» n’est pas valide pour ce paramètre.</translation>
    </message>
    <message>
        <source>A profile id may only contain letters, digits, dots, dashes and underscores.</source>
        <translation>Un identifiant de profil ne peut contenir que des lettres, des chiffres, des points, des traits d’union et des traits de soulignement.</translation>
    </message>
    <message>
        <source>This computer (embedded database)</source>
        <translation>Cet ordinateur (base de données intégrée)</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Le fichier de paramètres %1 ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Le fichier de paramètres %1 est endommagé.</translation>
    </message>
    <message>
        <source>Invalid integration setting name %1/%2.</source>
        <translation>Le nom de paramètre d’intégration %1/%2 n’est pas valide.</translation>
    </message>
    <message>
        <source>The setting %1/%2 looks like a secret: secrets are kept in the system keychain, never in the settings file.</source>
        <translation>Le paramètre %1/%2 semble être un secret&#xa0;: les secrets sont conservés dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
</context>
<context>
    <name>ops::audit</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Rôle de base de données</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>No de l’élément</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>No customer has the code or number %1.</source>
        <translation>Aucun client n’a le code ou le numéro %1.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Only managers and administrators may export a customer&apos;s personal data.</source>
        <translation>Seuls les gestionnaires et les administrateurs peuvent exporter les renseignements personnels d’un client.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Your account may not read %1, so the export would be incomplete. Ask a manager or an administrator.</source>
        <translation>Votre compte ne peut pas lire %1 : l’exportation serait incomplète. Adressez-vous à un gestionnaire ou à un administrateur.</translation>
    </message>
</context>
<context>
    <name>ops::billing</name>
    <message>
        <source>The billing run was cancelled; nothing was written.</source>
        <translation>La facturation a été annulée; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Subscription without a price</source>
        <translation>Abonnement sans prix</translation>
    </message>
    <message>
        <source>Customer without a billing address</source>
        <translation>Client sans adresse de facturation</translation>
    </message>
    <message>
        <source>Customer without an e-mail address</source>
        <translation>Client sans adresse courriel</translation>
    </message>
    <message>
        <source>Negative invoice</source>
        <translation>Facture négative</translation>
    </message>
    <message>
        <source>Subscription already billed for the period</source>
        <translation>Abonnement déjà facturé pour la période</translation>
    </message>
    <message>
        <source>Negative price on a taxable line</source>
        <translation>Prix négatif sur une ligne taxable</translation>
    </message>
    <message>
        <source>Describe the charge (it is printed on the invoice).</source>
        <translation>Décrivez les frais (la description figure sur la facture).</translation>
    </message>
    <message>
        <source>A charge description has at most 200 characters.</source>
        <translation>La description des frais compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The amount of a charge cannot be zero.</source>
        <translation>Le montant des frais ne peut pas être nul.</translation>
    </message>
    <message>
        <source>The amount of a charge is at most 100,000.00 $.</source>
        <translation>Le montant des frais est d’au plus 100 000,00 $.</translation>
    </message>
    <message>
        <source>The quantity of a charge is between 1 and 1000.</source>
        <translation>La quantité des frais est comprise entre 1 et 1000.</translation>
    </message>
    <message>
        <source>A negative price cannot be on a taxable line: enter a credit as tax-exempt.</source>
        <translation>Un prix négatif ne peut pas figurer sur une ligne taxable : entrez un crédit comme exempté de taxes.</translation>
    </message>
    <message>
        <source>The GST and QST registration numbers are not set in the billing settings; every invoice must show them. Nothing was billed.</source>
        <translation>Les numéros d’inscription à la TPS et à la TVQ ne sont pas définis dans les paramètres de facturation; chaque facture doit les afficher. Rien n’a été facturé.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription line(s) have a negative price on a taxable item that is not a discount (first: %1). Correct the price or the item before committing; nothing was billed.</source>
        <translation>
            <numerusform>%n ligne d’abonnement a un prix négatif sur un article taxable qui n’est pas un rabais (première : %1). Corrigez le prix ou l’article avant de facturer; rien n’a été facturé.</numerusform>
            <numerusform>%n lignes d’abonnement ont un prix négatif sur un article taxable qui n’est pas un rabais (première : %1). Corrigez le prix ou l’article avant de facturer; rien n’a été facturé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>Aucun client n’a le code %1.</translation>
    </message>
    <message>
        <source>“%1” is not a billing period: write the year and the month, for example 2026-12.</source>
        <translation>« %1 » n’est pas une période de facturation : écrivez l’année et le mois, par exemple 2026-12.</translation>
    </message>
    <message>
        <source>“%1” is not a billing period: the year must be 2000 or later.</source>
        <translation>« %1 » n’est pas une période de facturation : l’année doit être 2000 ou plus tard.</translation>
    </message>
    <message>
        <source>The period %1 is too far ahead: a run may bill at most the next month (%2).</source>
        <translation>La période %1 est trop loin dans l’avenir : une facturation peut porter au plus sur le mois prochain (%2).</translation>
    </message>
    <message>
        <source>The aging report needs a valid date (YYYY-MM-DD).</source>
        <translation>Le rapport de vieillissement demande une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1 à 30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31 à 60 jours</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61 à 90 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingApi</name>
    <message>
        <source>Invoices cannot be previewed in this session.</source>
        <translation>Les factures ne peuvent pas être prévisualisées dans cette session.</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingSettings</name>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1&#xa0;: trop long, au plus %2 caractères.</translation>
    </message>
    <message>
        <source>The company name is printed on every invoice: it cannot be empty.</source>
        <translation>Le nom de l’entreprise est imprimé sur chaque facture&#xa0;: il ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Le nom de l’entreprise</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>La ligne d’adresse 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>La ligne d’adresse 2</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>La ligne d’adresse 3</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid (name@example.com).</source>
        <translation>L’adresse courriel «&#xa0;%1&#xa0;» n’est pas valide (nom@exemple.com).</translation>
    </message>
    <message>
        <source>The GST number &quot;%1&quot; is not valid: nine digits, RT and four digits (123456789 RT 0001).</source>
        <translation>Le numéro de TPS «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: neuf chiffres, RT et quatre chiffres (123456789 RT 0001).</translation>
    </message>
    <message>
        <source>The QST number &quot;%1&quot; is not valid: ten digits, TQ and four digits (1234567890 TQ 0001).</source>
        <translation>Le numéro de TVQ «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: dix chiffres, TQ et quatre chiffres (1234567890 TQ 0001).</translation>
    </message>
    <message>
        <source>Invoices are due 0 to 120 days after they are issued.</source>
        <translation>Les factures sont payables de 0 à 120 jours après leur émission.</translation>
    </message>
    <message>
        <source>The French payment instructions</source>
        <translation>Les instructions de paiement en français</translation>
    </message>
    <message>
        <source>The English payment instructions</source>
        <translation>Les instructions de paiement en anglais</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder %2; the placeholders are %3.</source>
        <translation>%1 utilise la variable inconnue %2; les variables sont %3.</translation>
    </message>
    <message>
        <source>The French e-mail subject</source>
        <translation>L’objet du courriel en français</translation>
    </message>
    <message>
        <source>The English e-mail subject</source>
        <translation>L’objet du courriel en anglais</translation>
    </message>
    <message>
        <source>The French e-mail text</source>
        <translation>Le texte du courriel en français</translation>
    </message>
    <message>
        <source>The English e-mail text</source>
        <translation>Le texte du courriel en anglais</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingSettingsRepository</name>
    <message>
        <source>The billing settings are missing from the database (migration 0018).</source>
        <translation>Les paramètres de facturation sont absents de la base de données (migration 0018).</translation>
    </message>
    <message>
        <source>Someone else saved the billing settings after you opened them. Reload them to see their changes, then make yours again.</source>
        <translation>Quelqu’un d’autre a enregistré les paramètres de facturation après que vous les avez ouverts. Rechargez-les pour voir ses modifications, puis refaites les vôtres.</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingSettingsService</name>
    <message>
        <source>Invoices cannot be printed in this session.</source>
        <translation>Les factures ne peuvent pas être imprimées dans cette session.</translation>
    </message>
</context>
<context>
    <name>ops::billing::BillingUiService</name>
    <message>
        <source>Invoices cannot be printed or e-mailed in this session: the e-mail service is not set up.</source>
        <translation>Les factures ne peuvent pas être imprimées ni envoyées par courriel dans cette session : le service de courriel n’est pas configuré.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
</context>
<context>
    <name>ops::billing::CustomerDocumentMail</name>
    <message>
        <source>Customer %1 has no e-mail address: the document cannot be e-mailed.</source>
        <translation>Le client %1 n’a pas d’adresse courriel : le document ne peut pas être envoyé par courriel.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expéditeur dans les paramètres des intégrations).</translation>
    </message>
    <message>
        <source>The PDF to attach is missing.</source>
        <translation>Le PDF à joindre est manquant.</translation>
    </message>
</context>
<context>
    <name>ops::billing::CustomerDocumentsService</name>
    <message>
        <source>Receipts and statements cannot be printed in this session.</source>
        <translation>Les reçus et les états de compte ne peuvent pas être imprimés dans cette session.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expéditeur dans les paramètres des intégrations).</translation>
    </message>
</context>
<context>
    <name>ops::billing::DocumentPdf</name>
    <message>
        <source>The PDF of %1 could not be made.</source>
        <translation>Le PDF de %1 n’a pas pu être produit.</translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1: %2</source>
        <translation>Le PDF ne peut pas être écrit dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ops::billing::InvoiceListRepository</name>
    <message>
        <source>Unknown invoice status.</source>
        <translation>Statut de facture inconnu.</translation>
    </message>
    <message>
        <source>The minimum amount is above the maximum amount.</source>
        <translation>Le montant minimum dépasse le montant maximum.</translation>
    </message>
</context>
<context>
    <name>ops::billing::InvoiceMail</name>
    <message>
        <source>Customer %1 has no e-mail address: invoice %2 is not e-mailed.</source>
        <translation>Le client %1 n’a pas d’adresse courriel&#xa0;: la facture %2 n’est pas envoyée par courriel.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expédition dans les paramètres d’intégration).</translation>
    </message>
    <message>
        <source>The PDF of invoice %1 is missing.</source>
        <translation>Le PDF de la facture %1 est manquant.</translation>
    </message>
</context>
<context>
    <name>ops::billing::InvoicePdf</name>
    <message>
        <source>The PDF of invoice %1 could not be made.</source>
        <translation>Le PDF de la facture %1 n’a pas pu être produit.</translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1: %2</source>
        <translation>Le PDF ne peut pas être enregistré dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ops::billing::InvoiceRepository</name>
    <message>
        <source>draft</source>
        <comment>invoice status</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>issued</source>
        <comment>invoice status</comment>
        <translation>émise</translation>
    </message>
    <message>
        <source>partially paid</source>
        <comment>invoice status</comment>
        <translation>payée en partie</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>invoice status</comment>
        <translation>payée</translation>
    </message>
    <message>
        <source>void</source>
        <comment>invoice status</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Cette facture n’existe plus.</translation>
    </message>
    <message>
        <source>A void invoice is not e-mailed.</source>
        <translation>Une facture annulée n’est pas envoyée par courriel.</translation>
    </message>
    <message>
        <source>A credit note cannot itself be credited.</source>
        <translation>Une note de crédit ne peut pas elle-même être créditée.</translation>
    </message>
    <message>
        <source>Invoice %1 is a draft: void it instead of crediting it.</source>
        <translation>La facture %1 est un brouillon&#xa0;: annulez-la plutôt que de la créditer.</translation>
    </message>
    <message>
        <source>Invoice %1 is void: there is nothing to credit.</source>
        <translation>La facture %1 est annulée&#xa0;: il n’y a rien à créditer.</translation>
    </message>
    <message>
        <source>Invoice %1 is already corrected by credit note %2.</source>
        <translation>La facture %1 est déjà corrigée par la note de crédit %2.</translation>
    </message>
    <message>
        <source>Only a draft invoice can be voided; %1 is %2: make a credit note instead.</source>
        <translation>Seul un brouillon de facture peut être annulé; %1 est à l’état %2&#xa0;: faites plutôt une note de crédit.</translation>
    </message>
</context>
<context>
    <name>ops::billing::ReceiptRepository</name>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Ce paiement n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ops::billing::ReceivablesService</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>ops::billing::StatementRepository</name>
    <message>
        <source>A statement needs two valid dates (YYYY-MM-DD).</source>
        <translation>Un état de compte demande deux dates valides (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The statement&apos;s start (%1) is after its end (%2).</source>
        <translation>Le début de l’état de compte (%1) est après sa fin (%2).</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Ce client n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ops::campaigns</name>
    <message>
        <source>Campaign %1 is %2: it cannot be sent.</source>
        <translation>La campagne %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: elle ne peut pas être envoyée.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a campaign being sent can be paused.</source>
        <translation>La campagne %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: seule une campagne en cours d’envoi peut être mise en pause.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: only a paused campaign can be resumed.</source>
        <translation>La campagne %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: seule une campagne en pause peut reprendre.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: it cannot be cancelled.</source>
        <translation>La campagne %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: nothing can be sent again.</source>
        <translation>La campagne %1 est à l’état «&#xa0;%2&#xa0;»&#xa0;: rien ne peut être renvoyé.</translation>
    </message>
    <message>
        <source>%1 is not a recipient of campaign %2.</source>
        <translation>%1 n’est pas un destinataire de la campagne %2.</translation>
    </message>
    <message>
        <source>%1 is %2 in campaign %3: only a failed recipient is sent again.</source>
        <translation>%1 est à l’état «&#xa0;%2&#xa0;» dans la campagne %3&#xa0;: seul un destinataire en échec peut être relancé.</translation>
    </message>
    <message>
        <source>%1 is %2 in campaign %3: only an ambiguous send needs a decision.</source>
        <translation>%1 est à l’état «&#xa0;%2&#xa0;» dans la campagne %3&#xa0;: seul un envoi incertain demande une décision.</translation>
    </message>
    <message>
        <source>The provider confirmed meanwhile that the message to %1 was sent: nothing to decide.</source>
        <translation>Le fournisseur a confirmé entre-temps que le message à %1 a été envoyé&#xa0;: rien à décider.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expéditeur dans les paramètres d’intégration).</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender in the integration settings).</source>
        <translation>Les textos ne sont pas configurés (Twilio n’a pas de compte ou d’expéditeur dans les paramètres d’intégration).</translation>
    </message>
    <message>
        <source>No campaign has the code %1.</source>
        <translation>Aucune campagne n’a le code %1.</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>La campagne %1 n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (name@domain.ca).</source>
        <translation>« %1 » n&apos;est pas une adresse courriel (nom@domaine.ca).</translation>
    </message>
    <message>
        <source>The CSV has more than %1 lines.</source>
        <translation>Le fichier CSV a plus de %1 lignes.</translation>
    </message>
    <message>
        <source>The CSV&apos;s line %1 opens a quoted field that never closes.</source>
        <translation>La ligne %1 du fichier CSV ouvre un champ entre guillemets qui ne se ferme jamais.</translation>
    </message>
    <message>
        <source>The CSV is larger than 20 MB.</source>
        <translation>Le fichier CSV dépasse 20 Mo.</translation>
    </message>
    <message>
        <source>The CSV is empty: it needs a header row.</source>
        <translation>Le fichier CSV est vide : il lui faut une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The CSV&apos;s header names the column “%1” twice.</source>
        <translation>L&apos;en-tête du fichier CSV nomme deux fois la colonne « %1 ».</translation>
    </message>
    <message>
        <source>The CSV has no “%1” column. Its first line must name the columns, for example: %1,language,customer,first_name</source>
        <translation>Le fichier CSV n&apos;a pas de colonne « %1 ». Sa première ligne doit nommer les colonnes, par exemple : %1,language,customer,first_name</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>No address on this line.</source>
        <translation>Aucune adresse sur cette ligne.</translation>
    </message>
    <message>
        <source>“%1” is not a language: use fr or en.</source>
        <translation>« %1 » n&apos;est pas une langue : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>“%1” is not a customer code (CUST-00042).</source>
        <translation>« %1 » n&apos;est pas un code de client (CUST-00042).</translation>
    </message>
    <message>
        <source>The same address as line %1.</source>
        <translation>La même adresse qu&apos;à la ligne %1.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>La campagne doit avoir un nom.</translation>
    </message>
    <message>
        <source>The campaign&apos;s name is longer than 200 characters.</source>
        <translation>Le nom de la campagne dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The campaign needs a French and an English message.</source>
        <translation>La campagne doit avoir un message en français et un en anglais.</translation>
    </message>
    <message>
        <source>An e-mail campaign needs a French and an English subject.</source>
        <translation>Une campagne par courriel doit avoir un objet en français et un en anglais.</translation>
    </message>
    <message>
        <source>An SMS has no subject: remove the subjects or choose e-mail.</source>
        <translation>Un texto n&apos;a pas d&apos;objet : retirez les objets ou choisissez le courriel.</translation>
    </message>
    <message>
        <source>A subject is one line of at most 200 characters.</source>
        <translation>Un objet tient sur une ligne d&apos;au plus 200 caractères.</translation>
    </message>
    <message>
        <source>French subject</source>
        <translation>Objet en français</translation>
    </message>
    <message>
        <source>English subject</source>
        <translation>Objet en anglais</translation>
    </message>
    <message>
        <source>French template</source>
        <translation>Modèle en français</translation>
    </message>
    <message>
        <source>English template</source>
        <translation>Modèle en anglais</translation>
    </message>
    <message>
        <source>A commercial message must name its sender: set the company name in the billing settings.</source>
        <translation>Un message commercial doit nommer son expéditeur : indiquez le nom de l&apos;entreprise dans les paramètres de facturation.</translation>
    </message>
    <message>
        <source>A commercial e-mail must give the sender&apos;s mailing address: set it in the billing settings.</source>
        <translation>Un courriel commercial doit donner l&apos;adresse postale de l&apos;expéditeur : indiquez-la dans les paramètres de facturation.</translation>
    </message>
    <message>
        <source>A commercial e-mail must give a way to reach the sender: set a phone number or an e-mail address in the billing settings.</source>
        <translation>Un courriel commercial doit donner un moyen de joindre l&apos;expéditeur : indiquez un numéro de téléphone ou une adresse courriel dans les paramètres de facturation.</translation>
    </message>
    <message>
        <source>A commercial e-mail needs an unsubscribe page: set TARGO_CAMPAIGN_UNSUBSCRIBE_URL or the campaigns&apos; unsubscribe page in the settings.</source>
        <translation>Un courriel commercial exige une page de désabonnement : définissez TARGO_CAMPAIGN_UNSUBSCRIBE_URL ou la page de désabonnement des campagnes dans les paramètres.</translation>
    </message>
    <message>
        <source>The unsubscribe page “%1” is not an http(s) address.</source>
        <translation>La page de désabonnement « %1 » n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>The recipient %1 has no unsubscribe token.</source>
        <translation>Le destinataire %1 n&apos;a pas de jeton de désabonnement.</translation>
    </message>
    <message>
        <source>No free campaign code was found; try again.</source>
        <translation>Aucun code de campagne libre n&apos;a été trouvé; réessayez.</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>Aucun client n&apos;a le code %1.</translation>
    </message>
    <message>
        <source>The campaign %1 is %2: no recipient can be added.</source>
        <translation>La campagne %1 est à l&apos;état %2 : aucun destinataire ne peut être ajouté.</translation>
    </message>
    <message>
        <source>%1 is already a recipient of %2.</source>
        <translation>%1 est déjà un destinataire de %2.</translation>
    </message>
    <message>
        <source>Segment “%1”: %2</source>
        <translation>Segment « %1 » : %2</translation>
    </message>
    <message>
        <source>each value must be text.</source>
        <translation>chaque valeur doit être du texte.</translation>
    </message>
    <message>
        <source>a value is empty.</source>
        <translation>une valeur est vide.</translation>
    </message>
    <message>
        <source>a value is longer than %1 characters.</source>
        <translation>une valeur dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>a value contains control characters.</source>
        <translation>une valeur contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>expected a list of texts.</source>
        <translation>une liste de textes est attendue.</translation>
    </message>
    <message>
        <source>the list is empty (remove the key instead).</source>
        <translation>la liste est vide (retirez plutôt la clé).</translation>
    </message>
    <message>
        <source>more than %1 values.</source>
        <translation>plus de %1 valeurs.</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>« %1 » ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>true ou false est attendu.</translation>
    </message>
    <message>
        <source>the filter is too large.</source>
        <translation>le filtre est trop volumineux.</translation>
    </message>
    <message>
        <source>The segment is not a JSON object: %1 (at character %2).</source>
        <translation>Le segment n&apos;est pas un objet JSON : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>expected {…}</source>
        <translation>{…} est attendu</translation>
    </message>
    <message>
        <source>Unknown segment key “%1”. The keys are: %2.</source>
        <translation>Clé de segment inconnue « %1 ». Les clés sont : %2.</translation>
    </message>
    <message>
        <source>expected a list of {&quot;olt&quot;: …, &quot;port&quot;: …} (1 to %1).</source>
        <translation>une liste de {&quot;olt&quot;: …, &quot;port&quot;: …} est attendue (1 à %1).</translation>
    </message>
    <message>
        <source>each port is {&quot;olt&quot;: &quot;OLT-…&quot;, &quot;port&quot;: &quot;1/1/3&quot;}.</source>
        <translation>chaque port s&apos;écrit {&quot;olt&quot;: &quot;OLT-…&quot;, &quot;port&quot;: &quot;1/1/3&quot;}.</translation>
    </message>
    <message>
        <source>expected a whole number of cents.</source>
        <translation>un nombre entier de cents est attendu.</translation>
    </message>
    <message>
        <source>expected &quot;fr&quot; or &quot;en&quot;.</source>
        <translation>&quot;fr&quot; ou &quot;en&quot; est attendu.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>a “}” without its “{” (write }} for a brace)</source>
        <translation>un « } » sans son « { » (écrivez }} pour une accolade)</translation>
    </message>
    <message>
        <source>a “{” that does not close (write {{ for a brace)</source>
        <translation>un « { » qui ne se ferme pas (écrivez {{ pour une accolade)</translation>
    </message>
    <message>
        <source>unknown variable “{%1}”; the variables are: %2</source>
        <translation>variable inconnue « {%1} »; les variables sont : %2</translation>
    </message>
    <message>
        <source>Segment “region”: no region is named %1.</source>
        <translation>Segment « region » : aucune région ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>Segment “plan”: no plan or product has the code %1.</source>
        <translation>Segment « plan » : aucun forfait ni produit n&apos;a le code %1.</translation>
    </message>
    <message>
        <source>“%1” is not a customer code (CUST-…).</source>
        <translation>« %1 » n’est pas un code client (CUST-…).</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::CampaignRenderer</name>
    <message>
        <source>%1 is not a recipient of %2.</source>
        <translation>%1 n’est pas un destinataire de %2.</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::CampaignReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Mis en file le</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Envoyé le</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::CampaignSender</name>
    <message>
        <source>[Test] %1</source>
        <translation>[Essai] %1</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::CampaignUiService</name>
    <message>
        <source>Choose the recipients: a segment or a CSV file.</source>
        <translation>Choisissez les destinataires&#xa0;: un segment ou un fichier CSV.</translation>
    </message>
    <message>
        <source>Your staff account has no e-mail address: type the address to send the test to.</source>
        <translation>Votre compte d’employé n’a pas d’adresse courriel&#xa0;: tapez l’adresse où envoyer l’essai.</translation>
    </message>
</context>
<context>
    <name>ops::campaigns::InboundRepository</name>
    <message>
        <source>SMS from %1</source>
        <translation>Texto de %1</translation>
    </message>
</context>
<context>
    <name>ops::catalogue</name>
    <message>
        <source>Another item already has this SKU.</source>
        <translation>Un autre article a déjà ce SKU.</translation>
    </message>
    <message>
        <source>Your role may not change the catalogue.</source>
        <translation>Votre rôle ne permet pas de modifier le catalogue.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet article n’existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed this item meanwhile. Close the editor and open it again.</source>
        <translation>Quelqu’un d’autre a modifié cet article entre-temps. Fermez l’éditeur et rouvrez-le.</translation>
    </message>
    <message>
        <source>Enter the French name.</source>
        <translation>Entrez le nom français.</translation>
    </message>
    <message>
        <source>Enter the English name.</source>
        <translation>Entrez le nom anglais.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>Un nom compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The SKU is 2 to 32 capital letters and digits, in groups joined by dashes (INT-500).</source>
        <translation>Le SKU compte de 2 à 32 lettres majuscules et chiffres, en groupes reliés par des traits d’union (INT-500).</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Choisissez un type.</translation>
    </message>
    <message>
        <source>A speed is more than 0 Mbit/s (or left empty).</source>
        <translation>Une vitesse dépasse 0 Mbit/s (ou reste vide).</translation>
    </message>
    <message>
        <source>The OLT profile has at most 100 characters.</source>
        <translation>Le profil OLT compte au plus 100 caractères.</translation>
    </message>
    <message>
        <source>The price is between -10 000.00 $ and 100 000.00 $.</source>
        <translation>Le prix se situe entre -10 000,00 $ et 100 000,00 $.</translation>
    </message>
    <message>
        <source>Only a discount has a negative price.</source>
        <translation>Seul un rabais peut avoir un prix négatif.</translation>
    </message>
</context>
<context>
    <name>ops::cpe</name>
    <message>
        <source>GenieACS knows no device with serial %1.</source>
        <translation>GenieACS ne connaît aucun appareil portant le numéro de série %1.</translation>
    </message>
    <message numerus="yes">
        <source>CPE sync cancelled after %n device(s); the next sync goes on from the same point.</source>
        <translation>
            <numerusform>Synchronisation des modems annulée après %n appareil; la prochaine reprend au même point.</numerusform>
            <numerusform>Synchronisation des modems annulée après %n appareils; la prochaine reprend au même point.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Wi-Fi network name has 1 to 32 bytes (accented letters count twice) and no control characters.</source>
        <translation>Un nom de réseau Wi-Fi compte de 1 à 32 octets (les lettres accentuées comptent double) et aucun caractère de contrôle.</translation>
    </message>
    <message>
        <source>A Wi-Fi password has 8 to 63 characters: unaccented letters, digits, spaces and punctuation.</source>
        <translation>Un mot de passe Wi-Fi compte de 8 à 63 caractères : lettres sans accent, chiffres, espaces et ponctuation.</translation>
    </message>
    <message>
        <source>Write the port as OLT:PORT, for example OLT-SJR-01:1/1/3.</source>
        <translation>Écrivez le port sous la forme OLT:PORT, par exemple OLT-SJR-01:1/1/3.</translation>
    </message>
    <message>
        <source>Port %1 %2 is not flagged: %3 of its %4 normally online location(s) are silent (%5 %). Use --force to open an outage anyway.</source>
        <translation>Le port %1 %2 n’est pas signalé : %3 de ses %4 adresses normalement en ligne sont muettes (%5 %). Utilisez --force pour ouvrir une panne quand même.</translation>
    </message>
    <message>
        <source>No location with a synced CPE is on port %1 %2. Check the OLT name and port.</source>
        <translation>Aucune adresse avec un modem synchronisé n’est sur le port %1 %2. Vérifiez le nom de l’OLT et le port.</translation>
    </message>
    <message>
        <source>Outage on %1 port %2</source>
        <translation>Panne sur %1 port %2</translation>
    </message>
    <message>
        <source>Outage %1 %2 (#%3)</source>
        <translation>Panne %1 %2 (no %3)</translation>
    </message>
    <message>
        <source>Write the recovery message (1 to 2,000 characters).</source>
        <translation>Écrivez le message de rétablissement (1 à 2 000 caractères).</translation>
    </message>
    <message>
        <source>Port %1 %2 has no open outage.</source>
        <translation>Le port %1 %2 n’a aucune panne ouverte.</translation>
    </message>
    <message>
        <source>Service restored %1 %2 (#%3)</source>
        <translation>Service rétabli %1 %2 (no %3)</translation>
    </message>
    <message>
        <source>The task was not sent (outbox item %1).</source>
        <translation>La tâche n’a pas été envoyée (élément %1 de la file d’envoi).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>Réinitialisation aux paramètres d’usine</translation>
    </message>
    <message>
        <source>Wi-Fi change</source>
        <translation>Modification du Wi-Fi</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow a factory reset: ask an administrator.</source>
        <translation>Votre rôle (%1) ne permet pas de réinitialisation aux paramètres d’usine : demandez à un administrateur.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow acting on a customer&apos;s device.</source>
        <translation>Votre rôle (%1) ne permet pas d’agir sur l’appareil d’un client.</translation>
    </message>
    <message>
        <source>GenieACS is not configured on this workstation: set its address in Settings → Integrations to act on devices.</source>
        <translation>GenieACS n’est pas configuré sur ce poste : indiquez son adresse dans Paramètres → Intégrations pour agir sur les appareils.</translation>
    </message>
    <message>
        <source>GenieACS knows no device %1 any more: refresh the equipment&apos;s GenieACS id, or sync the CPEs again.</source>
        <translation>GenieACS ne connaît plus l’appareil %1 : corrigez l’identifiant GenieACS de l’équipement, ou synchronisez de nouveau les CPE.</translation>
    </message>
    <message>
        <source>This equipment has no GenieACS device: nothing can be sent.</source>
        <translation>Cet équipement n’a pas d’appareil GenieACS : rien ne peut être envoyé.</translation>
    </message>
</context>
<context>
    <name>ops::csv</name>
    <message>
        <source>No output for the CSV export.</source>
        <translation>Aucune sortie pour l’exportation CSV.</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Impossible d’écrire le fichier CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation>Le fichier CSV n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ops::customers</name>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n’existe pas.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Ce client n’existe plus.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Trop long&#xa0;: %1 caractères, au plus %2.</translation>
    </message>
    <message>
        <source>Contains control characters that cannot be stored.</source>
        <translation>Contient des caractères de contrôle qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Not a Canadian postal code. Expected a letter-digit pattern such as H2X 1Y4.</source>
        <translation>Ce n’est pas un code postal canadien. Format attendu&#xa0;: lettres et chiffres en alternance, comme H2X 1Y4.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address. Expected a form such as name@example.ca.</source>
        <translation>Ce n’est pas une adresse courriel valide. Format attendu&#xa0;: nom@example.ca.</translation>
    </message>
    <message>
        <source>Not a MAC address. Enter 12 hexadecimal digits, e.g. AA:BB:CC:DD:EE:FF.</source>
        <translation>Ce n’est pas une adresse MAC. Saisissez 12 chiffres hexadécimaux, p.&#xa0;ex. AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <source>A serial number has 4 to 40 letters, digits or dashes, without spaces.</source>
        <translation>Un numéro de série compte de 4 à 40 lettres, chiffres ou tirets, sans espaces.</translation>
    </message>
    <message>
        <source>Not an amount. Enter a price such as 69,95.</source>
        <translation>Ce n’est pas un montant. Saisissez un prix comme 69,95.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A price is at most %1.</source>
        <translation>Un prix ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <source>Not a coordinate. Use decimal degrees, e.g. 45,5017.</source>
        <translation>Ce n’est pas une coordonnée. Utilisez des degrés décimaux, p.&#xa0;ex. 45,5017.</translation>
    </message>
    <message>
        <source>Consent needs an e-mail address or a phone number.</source>
        <translation>Le consentement exige une adresse courriel ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>Saisissez la latitude et la longitude, ou ni l’une ni l’autre.</translation>
    </message>
    <message>
        <source>A latitude goes from -90 to 90 degrees.</source>
        <translation>Une latitude va de -90 à 90 degrés.</translation>
    </message>
    <message>
        <source>A longitude goes from -180 to 180 degrees.</source>
        <translation>Une longitude va de -180 à 180 degrés.</translation>
    </message>
    <message>
        <source>This point is outside Quebec. Check the signs: longitudes here are negative (e.g. -73,57).</source>
        <translation>Ce point est hors du Québec. Vérifiez les signes&#xa0;: ici, les longitudes sont négatives (p.&#xa0;ex. -73,57).</translation>
    </message>
    <message>
        <source>Installed equipment needs a service location.</source>
        <translation>Un équipement installé doit avoir un emplacement de service.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Choisissez un forfait.</translation>
    </message>
    <message>
        <source>The quantity goes from 1 to 1000.</source>
        <translation>La quantité va de 1 à 1000.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>This record no longer exists. It may have been deleted.</source>
        <translation>Cette fiche n’existe plus. Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs sont à vérifier.</translation>
    </message>
    <message>
        <source>%1 changed this record at %2 while you were editing it.</source>
        <translation>%1 a modifié cette fiche à %2 pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>Cette valeur est déjà utilisée par un autre enregistrement.</translation>
    </message>
    <message>
        <source>This choice no longer exists.</source>
        <translation>Ce choix n’existe plus.</translation>
    </message>
    <message>
        <source>Not in the expected format.</source>
        <translation>Ce n’est pas le format attendu.</translation>
    </message>
    <message>
        <source>This location belongs to another customer.</source>
        <translation>Cet emplacement appartient à un autre client.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ - only, at most 64 characters, no spaces.</source>
        <translation>Lettres, chiffres et . _ @ - seulement, 64 caractères au plus, sans espace.</translation>
    </message>
    <message>
        <source>From 1 to 128 characters, without control characters.</source>
        <translation>De 1 à 128 caractères, sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>A RADIUS password needs a RADIUS user.</source>
        <translation>Un mot de passe RADIUS exige un utilisateur RADIUS.</translation>
    </message>
    <message>
        <source>The server has no key for RADIUS passwords (targo-radius.key). Ask an administrator.</source>
        <translation>Le serveur n’a pas de clé pour les mots de passe RADIUS (targo-radius.key). Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Not an IP address. Use the form 10.20.30.40 (IPv4) or 2001:db8::1 (IPv6).</source>
        <translation>Ce n’est pas une adresse IP. Utilisez la forme 10.20.30.40 (IPv4) ou 2001:db8::1 (IPv6).</translation>
    </message>
    <message>
        <source>A VLAN is a whole number from 1 to 4094.</source>
        <translation>Un VLAN est un nombre entier de 1 à 4094.</translation>
    </message>
    <message>
        <source>Already used by device %1 (serial %2).</source>
        <translation>Déjà utilisé par l’appareil %1 (numéro de série %2).</translation>
    </message>
</context>
<context>
    <name>ops::db</name>
    <message>
        <source>The database is busy. Please try again.</source>
        <translation>La base de données est occupée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>Cette valeur est déjà utilisée par un autre enregistrement.</translation>
    </message>
    <message>
        <source>This record refers to something that does not exist, or is still referenced elsewhere.</source>
        <translation>Cet enregistrement fait référence à un élément qui n’existe pas, ou il est encore référencé ailleurs.</translation>
    </message>
    <message>
        <source>A value is missing or not in the expected format.</source>
        <translation>Une valeur est manquante ou n’a pas le format attendu.</translation>
    </message>
    <message>
        <source>Another user changed the same data at the same time. Please try again.</source>
        <translation>Un autre utilisateur a modifié les mêmes données au même moment. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <source>The database refused the user name or password.</source>
        <translation>La base de données a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The database server is unavailable. Targo Ops will reconnect.</source>
        <translation>Le serveur de base de données n’est pas disponible. Targo Ops se reconnectera.</translation>
    </message>
    <message>
        <source>The database schema does not match this version of Targo Ops.</source>
        <translation>Le schéma de la base de données ne correspond pas à cette version de Targo Ops.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>La base de données a signalé une erreur.</translation>
    </message>
    <message>
        <source>The database does not exist on this server.</source>
        <translation>La base de données n’existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the database could not be verified.</source>
        <translation>La connexion sécurisée (TLS) à la base de données n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The connection settings are not valid.</source>
        <translation>Les paramètres de connexion ne sont pas valides.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>Le serveur de base de données est injoignable.</translation>
    </message>
    <message>
        <source>Targo Ops sent the database a request it could not understand (an internal error). It has been logged; please report it.</source>
        <translation>Targo Ops a envoyé à la base de données une requête qu’elle n’a pas pu comprendre (erreur interne). L’erreur a été journalisée; veuillez la signaler.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not valid for the server name in the connection settings. Check the name (it must be the one in the certificate).</source>
        <translation>Le certificat du serveur de base de données n’est pas valide pour le nom de serveur indiqué dans les paramètres de connexion. Vérifiez le nom (ce doit être celui du certificat).</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not signed by the expected certificate authority. Check the CA file in the connection settings.</source>
        <translation>Le certificat du serveur de base de données n’est pas signé par l’autorité de certification attendue. Vérifiez le fichier de l’autorité (CA) dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The certificate authority (CA) file named in the connection settings was not found.</source>
        <translation>Le fichier de l’autorité de certification (CA) indiqué dans les paramètres de connexion est introuvable.</translation>
    </message>
    <message>
        <source>The database server accepts only secure (TLS) connections. Turn TLS on in the connection settings.</source>
        <translation>Le serveur de base de données n’accepte que les connexions sécurisées (TLS). Activez TLS dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The database server&apos;s access rules do not allow this connection (this computer, user or database).</source>
        <translation>Les règles d’accès du serveur de base de données n’autorisent pas cette connexion (cet ordinateur, cet utilisateur ou cette base de données).</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>les clients</translation>
    </message>
    <message>
        <source>service locations</source>
        <translation>les emplacements</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>l’équipement</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>les abonnements</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>les factures</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>les paiements</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>les billets</translation>
    </message>
    <message>
        <source>ticket messages</source>
        <translation>les messages des billets</translation>
    </message>
    <message>
        <source>dispatch jobs</source>
        <translation>les interventions</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>le journal d’audit</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>la file d’envoi</translation>
    </message>
    <message>
        <source>staff accounts</source>
        <translation>les comptes du personnel</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>les campagnes</translation>
    </message>
    <message>
        <source>RADIUS passwords</source>
        <translation>les mots de passe RADIUS</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>Votre rôle ne permet pas cette opération.</translation>
    </message>
    <message>
        <source>Your role does not allow this operation on %1.</source>
        <translation>Votre rôle ne permet pas cette opération sur %1.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the database.</source>
        <translation>Le mot de passe n’a pas pu être préparé pour la base de données.</translation>
    </message>
</context>
<context>
    <name>ops::db::Migrator</name>
    <message>
        <source>Could not lock the database for the schema update.</source>
        <translation>Impossible de verrouiller la base de données pour la mise à jour du schéma.</translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Targo Ops (schema %1; this version knows up to %2). Install the newer version; nothing was changed.</source>
        <translation>Cette base de données a été mise à jour par une version plus récente de Targo Ops (schéma %1; cette version connaît jusqu’au schéma %2). Installez la version plus récente; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Schema update %1 (%2) already applied to this database differs from the one in this version of Targo Ops. Nothing was changed; contact support.</source>
        <translation>La mise à jour de schéma %1 (%2), déjà appliquée à cette base de données, diffère de celle de cette version de Targo Ops. Rien n’a été modifié; communiquez avec le soutien technique.</translation>
    </message>
    <message>
        <source>The database schema could not be updated (step %1). Nothing from that step was kept.</source>
        <translation>Le schéma de la base de données n’a pas pu être mis à jour (étape %1). Rien de cette étape n’a été conservé.</translation>
    </message>
</context>
<context>
    <name>ops::demo</name>
    <message>
        <source>The scale must be greater than 0 and at most 20.</source>
        <translation>L’échelle doit être supérieure à 0 et d’au plus 20.</translation>
    </message>
    <message>
        <source>The demo data dates are not valid.</source>
        <translation>Les dates des données de démonstration ne sont pas valides.</translation>
    </message>
    <message>
        <source>The database already contains customers or other business data; demo data is only loaded into an empty database unless replacing is requested.</source>
        <translation>La base de données contient déjà des clients ou d’autres données d’affaires; les données de démonstration ne sont chargées que dans une base vide, sauf si le remplacement est demandé.</translation>
    </message>
</context>
<context>
    <name>ops::dispatch</name>
    <message>
        <source>This job no longer exists.</source>
        <translation>Ce travail n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>il y a un instant</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>%1 put %2 back in the queue %3.</source>
        <translation>%1 a remis %2 dans la file %3.</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3 (%4) %5.</source>
        <translation>%1 a déplacé %2 à %3 (%4) %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 %3 (now: %4).</source>
        <translation>%1 a modifié %2 %3 (maintenant&#xa0;: %4).</translation>
    </message>
    <message>
        <source>This technician no longer exists or is inactive.</source>
        <translation>Ce technicien n&apos;existe plus ou est inactif.</translation>
    </message>
    <message>
        <source>The board shows one to 31 days.</source>
        <translation>Le tableau affiche de 1 à 31 jours.</translation>
    </message>
    <message>
        <source>Give a start time.</source>
        <translation>Indiquez une heure de début.</translation>
    </message>
    <message>
        <source>The duration goes from 5 minutes to 24 hours.</source>
        <translation>La durée va de 5 minutes à 24 heures.</translation>
    </message>
    <message>
        <source>%1 is %2: it can no longer be moved.</source>
        <translation>%1 est «&#xa0;%2&#xa0;»&#xa0;: il ne peut plus être déplacé.</translation>
    </message>
    <message>
        <source>Place %1 on the timeline before adding a crew member.</source>
        <translation>Placez %1 dans l&apos;horaire avant d&apos;ajouter un coéquipier.</translation>
    </message>
    <message>
        <source>This technician is already on %1.</source>
        <translation>Ce technicien est déjà sur %1.</translation>
    </message>
    <message>
        <source>%1 is pinned: unpin it before moving it.</source>
        <translation>%1 est épinglé&#xa0;: désépinglez-le avant de le déplacer.</translation>
    </message>
    <message>
        <source>%1 is already in the queue.</source>
        <translation>%1 est déjà dans la file.</translation>
    </message>
    <message>
        <source>%1 is %2: it can no longer go back to the queue.</source>
        <translation>%1 est «&#xa0;%2&#xa0;»&#xa0;: il ne peut plus retourner dans la file.</translation>
    </message>
    <message>
        <source>This technician is not a crew member of %1.</source>
        <translation>Ce technicien ne fait pas partie de l&apos;équipe de %1.</translation>
    </message>
    <message>
        <source>Place %1 on the timeline before pinning it.</source>
        <translation>Placez %1 dans l&apos;horaire avant de l&apos;épingler.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>La raison est trop longue (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>Give the reason for cancelling this job.</source>
        <translation>Indiquez la raison de l&apos;annulation de ce travail.</translation>
    </message>
    <message>
        <source>%1 cannot go from “%2” to “%3”.</source>
        <translation>%1 ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>This job or technician is no longer on the board.</source>
        <translation>Ce travail ou ce technicien n&apos;est plus sur le tableau.</translation>
    </message>
    <message>
        <source>%1 has no time yet: place it on the timeline first.</source>
        <translation>%1 n&apos;a pas encore d&apos;heure&#xa0;: placez-le d&apos;abord dans l&apos;horaire.</translation>
    </message>
    <message>
        <source>%1 requires %2 %3; %4 does not have %2.</source>
        <translation>%1 exige %2 %3&#xa0;; %4 n&apos;a pas %2.</translation>
    </message>
    <message>
        <source>%1 requires %2 %3; %4 is %2 %5.</source>
        <translation>%1 exige %2 %3&#xa0;; %4 est %2 %5.</translation>
    </message>
    <message>
        <source>%1 is in %2, outside %3&apos;s regions.</source>
        <translation>%1 est en %2, hors des régions de %3.</translation>
    </message>
    <message>
        <source>%1 does not work on %2.</source>
        <translation>%1 ne travaille pas le %2.</translation>
    </message>
    <message>
        <source>%1–%2 is outside %3&apos;s shift (%4).</source>
        <translation>%1–%2 est en dehors du quart de %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is absent (%2) at that time.</source>
        <translation>%1 est absent (%2) à ce moment.</translation>
    </message>
    <message>
        <source>Overlaps %1 (%2–%3) on %4&apos;s row.</source>
        <translation>Chevauche %1 (%2–%3) sur la ligne de %4.</translation>
    </message>
    <message>
        <source>The customer&apos;s window for %1 (%2) has passed: confirm the new time with the customer.</source>
        <translation>La plage du client pour %1 (%2) est passée&#xa0;: confirmez la nouvelle heure avec le client.</translation>
    </message>
    <message>
        <source>The customer&apos;s window for %1 is %2–%3.</source>
        <translation>La plage du client pour %1 est %2–%3.</translation>
    </message>
    <message>
        <source>About %1 min of travel from the previous job: %2 would arrive at %3, after %4.</source>
        <translation>Environ %1&#xa0;min de route depuis le travail précédent&#xa0;: %2 arriverait à %3, après %4.</translation>
    </message>
    <message>
        <source>The next job, %1 at %2, would start late: about %3 min of travel, arrival at %4.</source>
        <translation>Le travail suivant, %1 à %2, commencerait en retard&#xa0;: environ %3&#xa0;min de route, arrivée à %4.</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <comment>job status</comment>
        <translation>Non planifié</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>job status</comment>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <comment>job status</comment>
        <translation>Réparti</translation>
    </message>
    <message>
        <source>En route</source>
        <comment>job status</comment>
        <translation>En route</translation>
    </message>
    <message>
        <source>On site</source>
        <comment>job status</comment>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Installation</source>
        <comment>job type</comment>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Repair</source>
        <comment>job type</comment>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>job type</comment>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Removal</source>
        <comment>job type</comment>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Survey</source>
        <comment>job type</comment>
        <translation>Visite technique</translation>
    </message>
    <message>
        <source>Vacation</source>
        <comment>absence</comment>
        <translation>Vacances</translation>
    </message>
    <message>
        <source>Sick</source>
        <comment>absence</comment>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>absence</comment>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>absence</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>ETA %1 is after the end of the customer&apos;s window (%2).</source>
        <translation>L’arrivée prévue à %1 dépasse la fin de la plage horaire du client (%2).</translation>
    </message>
    <message numerus="yes">
        <source>ETA %1 is %n minute(s) later than the ETA the customer was given (%2).</source>
        <translation>
            <numerusform>L’arrivée prévue à %1 a %n minute de retard sur l’heure annoncée au client (%2).</numerusform>
            <numerusform>L’arrivée prévue à %1 a %n minutes de retard sur l’heure annoncée au client (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS is not set up: Twilio needs its account SID and a sending number in the integration settings.</source>
        <translation>Les textos ne sont pas configurés&#xa0;: Twilio a besoin de son SID de compte et d’un numéro d’envoi dans les paramètres d’intégration.</translation>
    </message>
    <message>
        <source>No job %1.</source>
        <translation>Aucune intervention %1.</translation>
    </message>
    <message>
        <source>%1 has no technician assigned: there is no ETA to give.</source>
        <translation>Aucun technicien n’est affecté à %1&#xa0;: il n’y a pas d’heure d’arrivée à donner.</translation>
    </message>
    <message>
        <source>No position is known for %1 (%2): check that the technician&apos;s Traccar tracker is on and linked.</source>
        <translation>Aucune position connue pour %1 (%2)&#xa0;: vérifiez que le traceur Traccar du technicien est allumé et associé.</translation>
    </message>
    <message>
        <source>The location of %1 has no coordinates (%2): the ETA cannot be computed. Geocode the address first.</source>
        <translation>L’emplacement de %1 n’a pas de coordonnées (%2)&#xa0;: l’heure d’arrivée ne peut pas être calculée. Géocodez d’abord l’adresse.</translation>
    </message>
    <message>
        <source>%1 is not en route (it is “%2”): the “on my way” SMS is sent once the technician is on the way.</source>
        <translation>%1 n’est pas en route (état&#xa0;: «&#xa0;%2&#xa0;»)&#xa0;: le texto «&#xa0;en route&#xa0;» s’envoie une fois le technicien parti.</translation>
    </message>
    <message>
        <source>%1 has no mobile number on file: the SMS cannot be sent. Add one in the customer&apos;s file, or call the customer.</source>
        <translation>%1 n’a aucun numéro de cellulaire au dossier&#xa0;: le texto ne peut pas être envoyé. Ajoutez-en un au dossier du client, ou appelez le client.</translation>
    </message>
    <message>
        <source>%1 changed since it was shown (version %2, now %3): look at it again before sending the SMS.</source>
        <translation>%1 a changé depuis son affichage (version %2, maintenant %3)&#xa0;: vérifiez-la de nouveau avant d’envoyer le texto.</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Employé nº&#xa0;%1</translation>
    </message>
    <message>
        <source>Another workstation</source>
        <translation>Un autre poste</translation>
    </message>
    <message>
        <source>No technician has the required skills at the required levels.</source>
        <translation>Aucun technicien n&apos;a les compétences requises aux niveaux requis.</translation>
    </message>
    <message>
        <source>No qualified technician covers this job&apos;s region.</source>
        <translation>Aucun technicien qualifié ne couvre la région de ce travail.</translation>
    </message>
    <message>
        <source>The qualified technicians do not work that day or are absent.</source>
        <translation>Les techniciens qualifiés ne travaillent pas ce jour-là ou sont absents.</translation>
    </message>
    <message>
        <source>The qualified technicians&apos; days are full, or the customer&apos;s window cannot be reached in time.</source>
        <translation>Les journées des techniciens qualifiés sont pleines, ou la plage du client ne peut pas être atteinte à temps.</translation>
    </message>
    <message>
        <source>Not enough qualified technicians are free at the same time for the crew.</source>
        <translation>Pas assez de techniciens qualifiés libres en même temps pour l&apos;équipe.</translation>
    </message>
    <message>
        <source>Over every route&apos;s capacity.</source>
        <translation>Dépasse la capacité de chaque tournée.</translation>
    </message>
    <message>
        <source>%1 has no time in the plan.</source>
        <translation>%1 n&apos;a pas d&apos;heure dans le plan.</translation>
    </message>
    <message>
        <source>The plan changes the same job twice.</source>
        <translation>Le plan modifie deux fois le même travail.</translation>
    </message>
    <message>
        <source>The board changed since the plan was made (%1): nothing was written; plan again.</source>
        <translation>Le tableau a changé depuis le calcul du plan (%1)&#xa0;: rien n&apos;a été enregistré; recalculez le plan.</translation>
    </message>
    <message>
        <source>This job is no longer on the board.</source>
        <translation>Ce travail n&apos;est plus sur le tableau.</translation>
    </message>
    <message>
        <source>“Rest of today” plans today only.</source>
        <translation>«&#xa0;Reste de la journée&#xa0;» ne planifie qu&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The routing service sent an answer this version cannot read. Check its address in Settings: it must be the root of an OSRM server (for example https://osrm.example.com).</source>
        <translation>Le service d&apos;itinéraires a envoyé une réponse que cette version ne peut pas lire. Vérifiez son adresse dans les Paramètres : ce doit être la racine d&apos;un serveur OSRM (par exemple https://osrm.example.com).</translation>
    </message>
    <message>
        <source>The routing service answered for %1 points instead of %2. Check that its address in Settings is an OSRM server, then try again.</source>
        <translation>Le service d&apos;itinéraires a répondu pour %1 points au lieu de %2. Vérifiez que son adresse dans les Paramètres est celle d&apos;un serveur OSRM, puis réessayez.</translation>
    </message>
    <message>
        <source>The routing service found no road between two of the points (%1 and %2). Check the addresses of the jobs and technicians, or the map data of the routing server.</source>
        <translation>Le service d&apos;itinéraires n&apos;a trouvé aucune route entre deux des points (%1 et %2). Vérifiez les adresses des travaux et des techniciens, ou les données cartographiques du serveur d&apos;itinéraires.</translation>
    </message>
    <message>
        <source>The routing service refused the table: %1.</source>
        <translation>Le service d&apos;itinéraires a refusé la matrice : %1.</translation>
    </message>
    <message>
        <source>The connection to the routing service was cut during its answer. Check the network connection, then try again.</source>
        <translation>La connexion au service d&apos;itinéraires a été coupée pendant sa réponse. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The routing service refuses tables this large. Raise its --max-table-size, or plan fewer jobs at once.</source>
        <translation>Le service d&apos;itinéraires refuse des matrices aussi grandes. Augmentez son --max-table-size ou planifiez moins de travaux à la fois.</translation>
    </message>
    <message>
        <source>The routing service refused the request (%1). Check the coordinates of the jobs and technicians.</source>
        <translation>Le service d&apos;itinéraires a refusé la requête (%1). Vérifiez les coordonnées des travaux et des techniciens.</translation>
    </message>
    <message>
        <source>The routing service refused access (HTTP %1). Check its address and credentials in Settings.</source>
        <translation>Le service d&apos;itinéraires a refusé l&apos;accès (HTTP %1). Vérifiez son adresse et ses identifiants dans les Paramètres.</translation>
    </message>
    <message>
        <source>The routing service does not know this address (HTTP 404). Check its address in Settings (the server root) and the profile.</source>
        <translation>Le service d&apos;itinéraires ne connaît pas cette adresse (HTTP 404). Vérifiez son adresse dans les Paramètres (la racine du serveur) et le profil.</translation>
    </message>
    <message>
        <source>The routing service is busy or unavailable (HTTP %1). Try again in a few minutes; meanwhile travel is estimated from straight-line distances.</source>
        <translation>Le service d&apos;itinéraires est occupé ou indisponible (HTTP %1). Réessayez dans quelques minutes; en attendant, les déplacements sont estimés à vol d&apos;oiseau.</translation>
    </message>
    <message>
        <source>The routing service&apos;s certificate could not be verified. Check its address, or its CA file, in Settings.</source>
        <translation>Le certificat du service d&apos;itinéraires n&apos;a pas pu être vérifié. Vérifiez son adresse, ou son fichier d&apos;autorité de certification, dans les Paramètres.</translation>
    </message>
    <message>
        <source>The routing service did not answer in time. Try again in a few minutes.</source>
        <translation>Le service d&apos;itinéraires n&apos;a pas répondu à temps. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Cannot reach the routing service. Check its address in Settings and that the server is running.</source>
        <translation>Impossible de joindre le service d&apos;itinéraires. Vérifiez son adresse dans les Paramètres et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>A point has invalid coordinates (%1, %2). Check the address&apos;s position.</source>
        <translation>Un point a des coordonnées invalides (%1, %2). Vérifiez la position de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The routing server did not answer (%1); travel times are straight-line estimates.</source>
        <translation>Le serveur de routage n&apos;a pas répondu (%1); les temps de déplacement sont estimés en ligne droite.</translation>
    </message>
    <message>
        <source>Travel: choose the travel matrix file.</source>
        <translation>Déplacements&#xa0;: choisissez le fichier de matrice de déplacements.</translation>
    </message>
    <message>
        <source>Travel: the matrix file %1 cannot be read.</source>
        <translation>Déplacements&#xa0;: le fichier de matrice %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Travel: the matrix&apos;s places file %1 (one “latitude longitude” per line, in the matrix&apos;s order) cannot be read.</source>
        <translation>Déplacements&#xa0;: le fichier des lieux de la matrice %1 (un «&#xa0;latitude longitude&#xa0;» par ligne, dans l&apos;ordre de la matrice) ne peut pas être lu.</translation>
    </message>
    <message>
        <source>its places file %1 cannot be read</source>
        <translation>son fichier de lieux %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>line %1 of its places file is not “lat lon”</source>
        <translation>la ligne %1 de son fichier de lieux n&apos;est pas «&#xa0;lat lon&#xa0;»</translation>
    </message>
    <message>
        <source>its places file lists %1 places for a matrix of %2</source>
        <translation>son fichier de lieux compte %1 lieux pour une matrice de %2</translation>
    </message>
    <message>
        <source>it has no travel for %1 of the plan&apos;s %2 places</source>
        <translation>il n&apos;a pas de déplacements pour %1 des %2 lieux du plan</translation>
    </message>
    <message>
        <source>The travel matrix file could not be used (%1); travel times are straight-line estimates.</source>
        <translation>Le fichier de matrice de déplacements n&apos;a pas pu être utilisé (%1); les temps de déplacement sont estimés en ligne droite.</translation>
    </message>
    <message>
        <source>No routing server is set up (Settings, Integrations, Routing server (OSRM)); travel times are straight-line estimates.</source>
        <translation>Aucun serveur de routage n&apos;est configuré (Paramètres, Intégrations, Serveur de routage (OSRM)); les temps de déplacement sont estimés en ligne droite.</translation>
    </message>
    <message>
        <source>an answer for %1 places of %2</source>
        <translation>une réponse pour %1 lieux sur %2</translation>
    </message>
    <message>
        <source>no answer yet after %1 s</source>
        <translation>toujours sans réponse après %1 s</translation>
    </message>
</context>
<context>
    <name>ops::dispatch::JobDetail</name>
    <message>
        <source>This job no longer exists.</source>
        <translation>Cette intervention n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is too large: %2 MB, at most %3 MB.</source>
        <translation>%1 est trop gros : %2 Mo, au plus %3 Mo.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is a damaged or incomplete PNG image.</source>
        <translation>%1 est une image PNG endommagée ou incomplète.</translation>
    </message>
    <message>
        <source>%1 is a damaged or incomplete JPEG image.</source>
        <translation>%1 est une image JPEG endommagée ou incomplète.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 n&apos;est pas une image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>This job changed in the meantime.</source>
        <translation>Cette intervention a changé entre-temps.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3; this is the job as it is now.</source>
        <translation>%1 a modifié %2 à %3; voici l&apos;intervention telle qu&apos;elle est maintenant.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else a moment ago; this is the job as it is now.</source>
        <translation>%1 vient d&apos;être modifiée par quelqu&apos;un d&apos;autre; voici l&apos;intervention telle qu&apos;elle est maintenant.</translation>
    </message>
    <message>
        <source>The quantity goes from 1 to %1.</source>
        <translation>La quantité va de 1 à %1.</translation>
    </message>
    <message>
        <source>This item is not in the catalogue or is no longer offered.</source>
        <translation>Cet article n&apos;est pas au catalogue ou n&apos;est plus offert.</translation>
    </message>
    <message>
        <source>This material is no longer on the job.</source>
        <translation>Ce matériel n&apos;est plus sur l&apos;intervention.</translation>
    </message>
    <message>
        <source>This checklist item does not exist.</source>
        <translation>Cet élément de la liste de vérification n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>Les notes sont trop longues (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>The notes contain a NUL character, which cannot be stored.</source>
        <translation>Les notes contiennent un caractère NUL, qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>No photo to import.</source>
        <translation>Aucune photo à importer.</translation>
    </message>
    <message>
        <source>At most %1 photos at a time.</source>
        <translation>Au plus %1 photos à la fois.</translation>
    </message>
    <message>
        <source>This photo no longer exists.</source>
        <translation>Cette photo n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This technician no longer exists.</source>
        <translation>Ce technicien n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>ops::dispatch::RegionRules</name>
    <message>
        <source>There is already a rule for %1.</source>
        <translation>Il y a déjà une règle pour %1.</translation>
    </message>
    <message>
        <source>That region no longer exists.</source>
        <translation>Cette région n’existe plus.</translation>
    </message>
    <message>
        <source>Choose the region.</source>
        <translation>Choisissez la région.</translation>
    </message>
    <message>
        <source>A rule names either a city or the start of a postal code.</source>
        <translation>Une règle nomme soit une ville, soit le début d’un code postal.</translation>
    </message>
    <message>
        <source>“%1” is not the start of a Canadian postal code (for example J8X or J8X 1).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le début d’un code postal canadien (par exemple J8X ou J8X 1).</translation>
    </message>
    <message>
        <source>A city name has at most 120 characters.</source>
        <translation>Un nom de ville a au plus 120 caractères.</translation>
    </message>
    <message>
        <source>Name the region.</source>
        <translation>Nommez la région.</translation>
    </message>
    <message>
        <source>A region name has at most 60 characters.</source>
        <translation>Un nom de région a au plus 60 caractères.</translation>
    </message>
    <message>
        <source>That rule was already removed.</source>
        <translation>Cette règle a déjà été retirée.</translation>
    </message>
    <message>
        <source>A tag named %1 already exists.</source>
        <translation>Une étiquette nommée %1 existe déjà.</translation>
    </message>
</context>
<context>
    <name>ops::dunning::DunningRepository</name>
    <message>
        <source>The threshold must be between 0.00 $ and 1,000,000.00 $.</source>
        <translation>Le seuil doit être entre 0,00 $ et 1 000 000,00 $.</translation>
    </message>
    <message>
        <source>A stage&apos;s days late must be between 1 and 3650 (not %1).</source>
        <translation>Les jours de retard d’une étape doivent être entre 1 et 3650 (pas %1).</translation>
    </message>
    <message>
        <source>Unknown dunning action “%1”.</source>
        <translation>Action de recouvrement inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Two active stages have the same days (%1) and action.</source>
        <translation>Deux étapes actives ont les mêmes jours (%1) et la même action.</translation>
    </message>
    <message>
        <source>At most 100 stages.</source>
        <translation>Au plus 100 étapes.</translation>
    </message>
    <message>
        <source>A stage was removed by someone else: reload.</source>
        <translation>Une étape a été retirée par quelqu’un d’autre : rechargez.</translation>
    </message>
    <message>
        <source>Dunning needs a valid date (YYYY-MM-DD).</source>
        <translation>Le recouvrement demande une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address): the run would send e-mails.</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expéditeur) : l’exécution enverrait des courriels.</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender): the run would send SMS.</source>
        <translation>Les textos ne sont pas configurés (Twilio n’a pas de compte ou d’expéditeur) : l’exécution enverrait des textos.</translation>
    </message>
    <message>
        <source>Another run recorded dunning actions for %1 at the same time: run again.</source>
        <translation>Une autre exécution a enregistré des actions de recouvrement pour %1 au même moment : relancez.</translation>
    </message>
    <message>
        <source>Suspended for non-payment (%1)</source>
        <translation>Suspendu pour non-paiement (%1)</translation>
    </message>
    <message>
        <source>Dunning run of %1: subscriptions suspended for non-payment. Overdue: %2 cents on invoice(s) %3. A payment that brings the overdue amount under the threshold reinstates them.</source>
        <translation>Recouvrement du %1 : abonnements suspendus pour non-paiement. En souffrance : %2 cents sur la ou les factures %3. Un paiement qui ramène le montant en souffrance sous le seuil les rétablit.</translation>
    </message>
    <message>
        <source>A hold needs a valid end date.</source>
        <translation>Une suspension du recouvrement demande une date de fin valide.</translation>
    </message>
    <message>
        <source>Give the reason of the hold (for example: payment arrangement).</source>
        <translation>Indiquez la raison de la suspension du recouvrement (par exemple : entente de paiement).</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>La raison dépasse 500 caractères.</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>Ce client n’existe pas.</translation>
    </message>
    <message>
        <source>This hold was already released.</source>
        <translation>Cette suspension du recouvrement a déjà été levée.</translation>
    </message>
</context>
<context>
    <name>ops::import</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message>
        <source>Cannot reach the ERPNext database: %1</source>
        <translation>Impossible de joindre la base ERPNext : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the ERPNext database does not match the mapping.
%1</source>
        <translation>Rien n’a été importé : la base ERPNext ne correspond pas à la correspondance.
%1</translation>
    </message>
    <message>
        <source>Another import from ERPNext is running: wait for it to end.</source>
        <translation>Une autre importation depuis ERPNext est en cours : attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>not a Canadian postal code</source>
        <translation>pas un code postal canadien</translation>
    </message>
    <message>
        <source>phone number without the 10 digits of a North American number</source>
        <translation>numéro de téléphone sans les 10 chiffres d’un numéro nord-américain</translation>
    </message>
    <message>
        <source>phone extension dropped</source>
        <translation>poste téléphonique retiré</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>pas une adresse courriel</translation>
    </message>
    <message>
        <source>serial number already used</source>
        <translation>numéro de série déjà utilisé</translation>
    </message>
    <message>
        <source>MAC address already used</source>
        <translation>adresse MAC déjà utilisée</translation>
    </message>
    <message>
        <source>serial number unreadable (4 to 40 letters, digits or dashes)</source>
        <translation>numéro de série illisible (4 à 40 lettres, chiffres ou traits d’union)</translation>
    </message>
    <message>
        <source>links to a record that was not imported</source>
        <translation>renvoie à une fiche qui n’a pas été importée</translation>
    </message>
    <message>
        <source>lines and taxes do not add up to the invoice&apos;s totals</source>
        <translation>les lignes et les taxes ne donnent pas les totaux de la facture</translation>
    </message>
    <message>
        <source>payment reference to an invoice that was not imported</source>
        <translation>paiement imputé à une facture qui n’a pas été importée</translation>
    </message>
    <message>
        <source>required value missing</source>
        <translation>valeur obligatoire manquante</translation>
    </message>
    <message>
        <source>value already used by another record</source>
        <translation>valeur déjà utilisée par une autre fiche</translation>
    </message>
    <message>
        <source>value unreadable or out of range</source>
        <translation>valeur illisible ou hors limites</translation>
    </message>
    <message>
        <source>address without a civic number and a street</source>
        <translation>adresse sans numéro civique ni rue</translation>
    </message>
    <message>
        <source>parent ticket missing: imported alone</source>
        <translation>billet parent manquant : importé seul</translation>
    </message>
    <message>
        <source>not a payment received from a customer</source>
        <translation>pas un paiement reçu d’un client</translation>
    </message>
    <message>
        <source>amount unreadable, zero or too large</source>
        <translation>montant illisible, nul ou trop élevé</translation>
    </message>
    <message>
        <source>a tax other than GST and QST</source>
        <translation>une taxe autre que la TPS et la TVQ</translation>
    </message>
    <message>
        <source>the customer already has an invoice for this period</source>
        <translation>le client a déjà une facture pour cette période</translation>
    </message>
    <message>
        <source>text cut at 2,000,000 characters</source>
        <translation>texte coupé à 2 000 000 caractères</translation>
    </message>
    <message>
        <source>pre-authorized payments left off until a payment method is saved</source>
        <translation>paiements préautorisés désactivés jusqu’à l’enregistrement d’un mode de paiement</translation>
    </message>
    <message>
        <source>deleted in ERPNext since an earlier import (kept here)</source>
        <translation>supprimé dans ERPNext depuis une importation précédente (conservé ici)</translation>
    </message>
    <message>
        <source>the site has no such doctype: skipped</source>
        <translation>le site n’a pas ce type de document : sauté</translation>
    </message>
    <message>
        <source>The ERPNext database has no table &quot;%1&quot;.</source>
        <translation>La base ERPNext n’a pas de table « %1 ».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; that the mapping names for %2.%3 is not a column of &quot;%4&quot;: correct the mapping file (or map the field to &quot;&quot; when the site has no such field).</source>
        <translation>Le champ « %1 » que la correspondance nomme pour %2.%3 n’est pas une colonne de « %4 » : corrigez le fichier de correspondance (ou associez le champ à &quot;&quot; quand le site n’a pas ce champ).</translation>
    </message>
    <message>
        <source>The ERPNext table &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>La table ERPNext « %1 » n’a pas de colonne « %2 ».</translation>
    </message>
    <message>
        <source>The import mapping %1 cannot be used: %2</source>
        <translation>Le fichier de correspondance %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB.</source>
        <translation>le fichier dépasse 1 Mo.</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1 at offset %2).</source>
        <translation>ce n’est pas un objet JSON (%1 à la position %2).</translation>
    </message>
    <message>
        <source>time_zone is not a time zone name.</source>
        <translation>time_zone n’est pas un nom de fuseau horaire.</translation>
    </message>
    <message>
        <source>issue_types is not a JSON object.</source>
        <translation>issue_types n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the doctype of &quot;%1&quot; is not a name.</source>
        <translation>le type de document de « %1 » n’est pas un nom.</translation>
    </message>
    <message>
        <source>the fields of &quot;%1&quot; are not a JSON object.</source>
        <translation>les champs de « %1 » ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>the column of %1.%2 is not a name.</source>
        <translation>la colonne de %1.%2 n’est pas un nom.</translation>
    </message>
    <message>
        <source>Enter the host of the ERPNext database server.</source>
        <translation>Entrez l’hôte du serveur de la base ERPNext.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the ERPNext database.</source>
        <translation>Entrez le nom de la base ERPNext.</translation>
    </message>
    <message>
        <source>Enter the user that reads the ERPNext database.</source>
        <translation>Entrez l’utilisateur qui lit la base ERPNext.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Plans and products</source>
        <translation>Forfaits et produits</translation>
    </message>
    <message>
        <source>Service locations</source>
        <translation>Emplacements de service</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Cannot open the Targo Ops database for the import: %1</source>
        <translation>Impossible d’ouvrir la base Targo Ops pour l’importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The dry run was cancelled: nothing was written.</source>
        <translation>L’essai à blanc a été annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was kept: no entity had been committed.</source>
        <translation>Rien n’a été conservé&#xa0;: aucune entité n’avait été validée.</translation>
    </message>
    <message>
        <source>Kept: %1. The entity in progress was rolled back; the next import from this source continues after the ones kept.</source>
        <translation>Conservé&#xa0;: %1. L’entité en cours a été annulée&#xa0;; la prochaine importation de cette source reprendra après celles conservées.</translation>
    </message>
    <message>
        <source>Connected, but the ERPNext database does not match the mapping:
%1</source>
        <translation>Connecté, mais la base ERPNext ne correspond pas à la correspondance&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: the database matches the mapping.</source>
        <translation>Connecté à %1 en tant que %2&#xa0;: la base correspond au fichier de correspondance.</translation>
    </message>
    <message>
        <source>Not on this site (skipped): %1.</source>
        <translation>Absents de ce site (ignorés)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>ERPNext name</source>
        <translation>Nom ERPNext</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explication</translation>
    </message>
</context>
<context>
    <name>ops::integrations</name>
    <message>
        <source>%1 sent an answer this version cannot read. Check the service address in the settings.</source>
        <translation>%1 a envoyé une réponse que cette version ne sait pas lire. Vérifiez l’adresse du service dans les paramètres.</translation>
    </message>
    <message>
        <source>No valid sender address for e-mail. Set the Mailjet sender address in the settings.</source>
        <translation>Aucune adresse d’expéditeur valide pour le courriel. Indiquez l’adresse d’expéditeur Mailjet dans les paramètres.</translation>
    </message>
    <message>
        <source>The e-mail has no recipient. Enter an e-mail address.</source>
        <translation>Le courriel n’a aucun destinataire. Saisissez une adresse courriel.</translation>
    </message>
    <message>
        <source>An e-mail can have at most 50 recipients in To, Cc and Bcc each. Send it as several e-mails.</source>
        <translation>Un courriel peut avoir au plus 50 destinataires dans chacun des champs À, Cc et Cci. Envoyez-le en plusieurs courriels.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address. Correct the address.</source>
        <translation>« %1 » n’est pas une adresse courriel valide. Corrigez l’adresse.</translation>
    </message>
    <message>
        <source>The e-mail has no content. Write the message text.</source>
        <translation>Le courriel n’a aucun contenu. Rédigez le texte du message.</translation>
    </message>
    <message>
        <source>The e-mail subject is longer than 255 characters. Shorten it.</source>
        <translation>L’objet du courriel dépasse 255 caractères. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>An attachment of the e-mail is empty or has no file name. Attach the file again.</source>
        <translation>Une pièce jointe du courriel est vide ou n’a pas de nom de fichier. Joignez le fichier de nouveau.</translation>
    </message>
    <message>
        <source>There is no e-mail to send.</source>
        <translation>Il n’y a aucun courriel à envoyer.</translation>
    </message>
    <message>
        <source>Mailjet answered with %1 results for %2 e-mails. Check in Mailjet which e-mails were sent.</source>
        <translation>Mailjet a répondu avec %1 résultats pour %2 courriels. Vérifiez dans Mailjet quels courriels ont été envoyés.</translation>
    </message>
    <message>
        <source>Mailjet refused this e-mail: %1. Correct it, then send it again.</source>
        <translation>Mailjet a refusé ce courriel : %1. Corrigez-le, puis envoyez-le de nouveau.</translation>
    </message>
    <message>
        <source>Mailjet refused the API keys (%1). Check the Mailjet API key and secret key in the settings.</source>
        <translation>Mailjet a refusé les clés d’API (%1). Vérifiez la clé d’API et la clé secrète Mailjet dans les paramètres.</translation>
    </message>
    <message>
        <source>Mailjet&apos;s sending limit was reached. The e-mails were not sent; they will be sent again shortly.</source>
        <translation>La limite d’envoi de Mailjet a été atteinte. Les courriels n’ont pas été envoyés; ils seront renvoyés sous peu.</translation>
    </message>
    <message>
        <source>Mailjet refused the e-mail: %1. Correct it, then send it again.</source>
        <translation>Mailjet a refusé le courriel : %1. Corrigez-le, puis envoyez-le de nouveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits only, for example (514) 555-0123.</source>
        <translation>« %1 » n’est pas un numéro de téléphone : utilisez uniquement des chiffres, par exemple (514) 555-0123.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the 10 digits of a Quebec phone number (area code and number, for example 514 555-0123).</source>
        <translation>« %1 » n’a pas les 10 chiffres d’un numéro du Québec (indicatif régional et numéro, par exemple 514 555-0123).</translation>
    </message>
    <message>
        <source>The area code %1 of &quot;%2&quot; is not a Quebec area code. Check the number with the customer.</source>
        <translation>L’indicatif régional %1 de « %2 » n’est pas un indicatif du Québec. Vérifiez le numéro avec le client.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a valid number: the 7-digit number after the area code never starts with 0 or 1.</source>
        <translation>« %1 » ne peut pas être un numéro valide : les 7 chiffres après l’indicatif ne commencent jamais par 0 ou 1.</translation>
    </message>
    <message>
        <source>Stripe sent an answer this version cannot read. Check the Stripe service address.</source>
        <translation>Stripe a envoyé une réponse que cette version ne sait pas lire. Vérifiez l’adresse du service Stripe.</translation>
    </message>
    <message>
        <source>Stripe sent a list this version cannot read. Check the Stripe service address.</source>
        <translation>Stripe a envoyé une liste que cette version ne sait pas lire. Vérifiez l’adresse du service Stripe.</translation>
    </message>
    <message>
        <source>The payment request has no valid idempotency key, so it was not sent. Report this problem.</source>
        <translation>La demande de paiement n’a pas de clé d’idempotence valide; elle n’a donc pas été envoyée. Signalez ce problème.</translation>
    </message>
    <message>
        <source>A payment needs a positive amount and a 3-letter currency. Correct the amount.</source>
        <translation>Un paiement exige un montant positif et une devise de 3 lettres. Corrigez le montant.</translation>
    </message>
    <message>
        <source>Charging a saved card needs the customer and the saved payment method. Choose a saved card.</source>
        <translation>Débiter une carte enregistrée exige le client et le mode de paiement enregistré. Choisissez une carte enregistrée.</translation>
    </message>
    <message>
        <source>The card was declined for insufficient funds. Ask the customer for another card or another payment method.</source>
        <translation>La carte a été refusée pour fonds insuffisants. Demandez au client une autre carte ou un autre mode de paiement.</translation>
    </message>
    <message>
        <source>The card was declined (reported lost or stolen). Do not retry: ask the customer for another payment method.</source>
        <translation>La carte a été refusée (déclarée perdue ou volée). Ne réessayez pas : demandez au client un autre mode de paiement.</translation>
    </message>
    <message>
        <source>The card was declined by the bank (%1). Ask the customer to contact the bank or to use another card.</source>
        <translation>La carte a été refusée par la banque (%1). Demandez au client de communiquer avec sa banque ou d’utiliser une autre carte.</translation>
    </message>
    <message>
        <source>The card has expired. Ask the customer for a valid card, then save it again.</source>
        <translation>La carte est expirée. Demandez au client une carte valide, puis enregistrez-la de nouveau.</translation>
    </message>
    <message>
        <source>The card&apos;s security code is incorrect. Ask the customer to enter the card again.</source>
        <translation>Le code de sécurité de la carte est incorrect. Demandez au client de saisir la carte de nouveau.</translation>
    </message>
    <message>
        <source>The card details are invalid (%1). Ask the customer to enter the card again.</source>
        <translation>Les renseignements de la carte sont invalides (%1). Demandez au client de saisir la carte de nouveau.</translation>
    </message>
    <message>
        <source>The bank requires the customer to authenticate this payment. Send the customer a payment link instead of charging the saved card.</source>
        <translation>La banque exige que le client authentifie ce paiement. Envoyez au client un lien de paiement au lieu de débiter la carte enregistrée.</translation>
    </message>
    <message>
        <source>Stripe could not process the card this time. Try the payment again in a moment.</source>
        <translation>Stripe n’a pas pu traiter la carte cette fois-ci. Réessayez le paiement dans un moment.</translation>
    </message>
    <message>
        <source>Stripe does not know %1: %2. Refresh the customer&apos;s payment information.</source>
        <translation>Stripe ne connaît pas %1 : %2. Actualisez les renseignements de paiement du client.</translation>
    </message>
    <message>
        <source>Stripe refused a repeated request that differs from the first one with the same key (%1). Check the payment in Stripe before creating a new one.</source>
        <translation>Stripe a refusé une requête répétée qui diffère de la première avec la même clé (%1). Vérifiez le paiement dans Stripe avant d’en créer un nouveau.</translation>
    </message>
    <message>
        <source>Stripe refused the API key. Check the Stripe secret key in the settings.</source>
        <translation>Stripe a refusé la clé d’API. Vérifiez la clé secrète Stripe dans les paramètres.</translation>
    </message>
    <message>
        <source>Stripe&apos;s rate limit was reached. The request will be sent again shortly.</source>
        <translation>La limite de requêtes de Stripe a été atteinte. La requête sera renvoyée sous peu.</translation>
    </message>
    <message>
        <source>Stripe refused the request: %1. Correct it, then try again.</source>
        <translation>Stripe a refusé la requête : %1. Corrigez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>Twilio sent a message without an identifier. Check the Twilio service address.</source>
        <translation>Twilio a envoyé un message sans identifiant. Vérifiez l’adresse du service Twilio.</translation>
    </message>
    <message>
        <source>The SMS has no recipient. Enter the mobile number.</source>
        <translation>Le texto n’a aucun destinataire. Saisissez le numéro de cellulaire.</translation>
    </message>
    <message>
        <source>No Twilio sender is configured. Set the sending number or the messaging service in the settings.</source>
        <translation>Aucun expéditeur Twilio n’est configuré. Indiquez le numéro d’envoi ou le service de messagerie dans les paramètres.</translation>
    </message>
    <message>
        <source>The SMS is empty. Write the message text.</source>
        <translation>Le texto est vide. Rédigez le texte du message.</translation>
    </message>
    <message>
        <source>The SMS has %1 characters; Twilio accepts at most 1600. Shorten the text.</source>
        <translation>Le texto compte %1 caractères; Twilio en accepte au plus 1600. Raccourcissez le texte.</translation>
    </message>
    <message>
        <source>Twilio sent a message list this version cannot read. Check the service address.</source>
        <translation>Twilio a envoyé une liste de messages que cette version ne sait pas lire. Vérifiez l’adresse du service.</translation>
    </message>
    <message>
        <source>Twilio refused the recipient number (%1: %2). Check the customer&apos;s mobile number.</source>
        <translation>Twilio a refusé le numéro du destinataire (%1 : %2). Vérifiez le numéro de cellulaire du client.</translation>
    </message>
    <message>
        <source>The recipient has unsubscribed from our SMS (replied STOP). Reach the customer another way.</source>
        <translation>Le destinataire s’est désabonné de nos textos (il a répondu STOP). Joignez le client autrement.</translation>
    </message>
    <message>
        <source>Twilio cannot send to this destination (%1: %2). Check the number or the account&apos;s geographic permissions.</source>
        <translation>Twilio ne peut pas envoyer à cette destination (%1 : %2). Vérifiez le numéro ou les autorisations géographiques du compte.</translation>
    </message>
    <message>
        <source>Twilio refused the sender (%1: %2). Check the sending number or messaging service in the settings.</source>
        <translation>Twilio a refusé l’expéditeur (%1 : %2). Vérifiez le numéro d’envoi ou le service de messagerie dans les paramètres.</translation>
    </message>
    <message>
        <source>Twilio refused the credentials. Check the Account SID and auth token in the settings.</source>
        <translation>Twilio a refusé les identifiants. Vérifiez l’Account SID et le jeton d’authentification dans les paramètres.</translation>
    </message>
    <message>
        <source>Twilio is busy (too many requests at once). The SMS was not sent; it will be sent again shortly.</source>
        <translation>Twilio est occupé (trop de requêtes simultanées). Le texto n’a pas été envoyé; il sera renvoyé sous peu.</translation>
    </message>
    <message>
        <source>Twilio does not know this message (%1). Check the message identifier.</source>
        <translation>Twilio ne connaît pas ce message (%1). Vérifiez l’identifiant du message.</translation>
    </message>
    <message>
        <source>Twilio refused the SMS: %1 (error %2). Correct it, then send it again.</source>
        <translation>Twilio a refusé le texto : %1 (erreur %2). Corrigez-le, puis envoyez-le de nouveau.</translation>
    </message>
    <message>
        <source>Twilio accepted account %1.</source>
        <translation>Twilio a accepté le compte %1.</translation>
    </message>
    <message>
        <source>Mailjet accepted the API keys (test message in sandbox mode, nothing sent).</source>
        <translation>Mailjet a accepté les clés d’API (message de test en mode bac à sable, rien n’a été envoyé).</translation>
    </message>
    <message>
        <source>Stripe accepted the key (live mode).</source>
        <translation>Stripe a accepté la clé (mode production).</translation>
    </message>
    <message>
        <source>Stripe accepted the key (test mode).</source>
        <translation>Stripe a accepté la clé (mode test).</translation>
    </message>
    <message>
        <source>Traccar %1 answered.</source>
        <translation>Traccar %1 a répondu.</translation>
    </message>
    <message>
        <source>GenieACS answered (no device registered yet).</source>
        <translation>GenieACS a répondu (aucun appareil n’est encore enregistré).</translation>
    </message>
    <message>
        <source>GenieACS answered and lists devices.</source>
        <translation>GenieACS a répondu et fournit la liste des appareils.</translation>
    </message>
    <message>
        <source>Unknown service %1.</source>
        <translation>Service inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GenieACS task identifier (24 hexadecimal digits). Refresh the task list.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de tâche GenieACS (24 chiffres hexadécimaux). Actualisez la liste des tâches.</translation>
    </message>
    <message>
        <source>No GenieACS device is selected. Find the device first.</source>
        <translation>Aucun appareil GenieACS n’est sélectionné. Trouvez d’abord l’appareil.</translation>
    </message>
    <message>
        <source>GenieACS sent an answer this version cannot read. Check the GenieACS address in the settings.</source>
        <translation>GenieACS a envoyé une réponse que cette version ne sait pas lire. Vérifiez l’adresse de GenieACS dans les paramètres.</translation>
    </message>
    <message>
        <source>GenieACS sent a fault without an identifier. Check the GenieACS address.</source>
        <translation>GenieACS a envoyé une anomalie sans identifiant. Vérifiez l’adresse de GenieACS.</translation>
    </message>
    <message>
        <source>GenieACS sent a task without an identifier. Check the GenieACS address.</source>
        <translation>GenieACS a envoyé une tâche sans identifiant. Vérifiez l’adresse de GenieACS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address. Enter 12 hexadecimal digits, e.g. AA:BB:CC:DD:EE:FF.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse MAC. Saisissez 12 chiffres hexadécimaux, p. ex. AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <source>GenieACS sent a device without an identifier. Check the GenieACS address in the settings.</source>
        <translation>GenieACS a envoyé un appareil sans identifiant. Vérifiez l’adresse de GenieACS dans les paramètres.</translation>
    </message>
    <message>
        <source>GenieACS sent an unreadable last contact time for device %1. Check the GenieACS version.</source>
        <translation>GenieACS a envoyé une heure de dernier contact illisible pour l’appareil %1. Vérifiez la version de GenieACS.</translation>
    </message>
    <message>
        <source>Enter the serial number of the device to find.</source>
        <translation>Saisissez le numéro de série de l’appareil à trouver.</translation>
    </message>
    <message>
        <source>A refresh reads one object of the device. To read several parameters, ask for their values instead.</source>
        <translation>Une actualisation lit un seul objet de l’appareil. Pour lire plusieurs paramètres, demandez plutôt leurs valeurs.</translation>
    </message>
    <message>
        <source>Choose at least one device parameter to read.</source>
        <translation>Choisissez au moins un paramètre d’appareil à lire.</translation>
    </message>
    <message>
        <source>A device parameter to change has no name. Choose the parameter.</source>
        <translation>Un paramètre d’appareil à modifier n’a pas de nom. Choisissez le paramètre.</translation>
    </message>
    <message>
        <source>Enter at least one device parameter value to change.</source>
        <translation>Saisissez au moins une valeur de paramètre d’appareil à modifier.</translation>
    </message>
    <message>
        <source>GenieACS sent an unreadable answer to the task. Check the device&apos;s pending tasks before sending it again.</source>
        <translation>GenieACS a envoyé une réponse illisible à la tâche. Vérifiez les tâches en attente de l’appareil avant de l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GenieACS fault identifier (&lt;device&gt;:&lt;channel&gt;). Refresh the fault list.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’anomalie GenieACS (&lt;appareil&gt;:&lt;canal&gt;). Actualisez la liste des anomalies.</translation>
    </message>
    <message>
        <source>GenieACS no longer has this task: it ran, expired or was deleted. Refresh the device&apos;s task list.</source>
        <translation>GenieACS n’a plus cette tâche&#xa0;: elle a été exécutée, a expiré ou a été supprimée. Actualisez la liste des tâches de l’appareil.</translation>
    </message>
    <message>
        <source>The device was not found in GenieACS. Check the serial number; a device that never contacted the ACS is unknown to it.</source>
        <translation>L’appareil est introuvable dans GenieACS. Vérifiez le numéro de série; un appareil qui n’a jamais communiqué avec l’ACS lui est inconnu.</translation>
    </message>
    <message>
        <source>The device did not answer GenieACS&apos;s connection request (%1). Check that it is powered on and connected, then try again.</source>
        <translation>L’appareil n’a pas répondu à la demande de connexion de GenieACS (%1). Vérifiez qu’il est sous tension et connecté, puis réessayez.</translation>
    </message>
    <message>
        <source>The device is in a session with GenieACS right now. Try again in a minute.</source>
        <translation>L’appareil est en session avec GenieACS en ce moment. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>GenieACS refused the credentials. Check the GenieACS user and password in the settings.</source>
        <translation>GenieACS a refusé les identifiants. Vérifiez l’utilisateur et le mot de passe GenieACS dans les paramètres.</translation>
    </message>
    <message>
        <source>GenieACS refused the request (HTTP %1: %2). Correct it, then send it again.</source>
        <translation>GenieACS a refusé la requête (HTTP %1&#xa0;: %2). Corrigez-la, puis envoyez-la de nouveau.</translation>
    </message>
    <message>
        <source>GenieACS closed the connection without answering the task (it does so when it rejects a task). Check the device&apos;s pending tasks before sending it again.</source>
        <translation>GenieACS a fermé la connexion sans répondre à la tâche (il le fait lorsqu’il rejette une tâche). Vérifiez les tâches en attente de l’appareil avant de l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>A GPS position from Traccar is incomplete and was not saved.</source>
        <translation>Une position GPS de Traccar est incomplète et n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Choose a start time before the end time to show a technician&apos;s route.</source>
        <translation>Choisissez une heure de début antérieure à l’heure de fin pour afficher le trajet d’un technicien.</translation>
    </message>
    <message>
        <source>GPS history must be kept at least one day and one position per technician. Check the retention settings.</source>
        <translation>L’historique GPS doit être conservé au moins un jour et compter au moins une position par technicien. Vérifiez les paramètres de conservation.</translation>
    </message>
    <message>
        <source>%1: the server address is not set.</source>
        <translation>%1&#xa0;: l’adresse du serveur n’est pas définie.</translation>
    </message>
    <message>
        <source>%1: the server address %2 is not an http(s) address.</source>
        <translation>%1&#xa0;: l’adresse du serveur %2 n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>Twilio: the Account SID and the auth token are both needed.</source>
        <translation>Twilio&#xa0;: l’Account SID et le jeton d’authentification sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>Twilio: the sender must be a number in international form (+1...) or a Messaging Service SID (MG...).</source>
        <translation>Twilio&#xa0;: l’expéditeur doit être un numéro au format international (+1...) ou le SID d’un Messaging Service (MG...).</translation>
    </message>
    <message>
        <source>Mailjet: the API key and the secret key are both needed.</source>
        <translation>Mailjet&#xa0;: la clé d’API et la clé secrète sont toutes deux nécessaires.</translation>
    </message>
    <message>
        <source>Stripe: the secret key is not set.</source>
        <translation>Stripe&#xa0;: la clé secrète n’est pas définie.</translation>
    </message>
    <message>
        <source>Stripe: a secret key starts with sk_ or rk_ (never the publishable pk_ key).</source>
        <translation>Stripe&#xa0;: une clé secrète commence par sk_ ou rk_ (jamais la clé publiable pk_).</translation>
    </message>
    <message>
        <source>Traccar: set a token, or a user name and its password.</source>
        <translation>Traccar&#xa0;: définissez un jeton, ou un nom d’utilisateur et son mot de passe.</translation>
    </message>
    <message>
        <source>%1: the CA file %2 cannot be read.</source>
        <translation>%1&#xa0;: le fichier d’AC %2 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: the limits must be positive numbers.</source>
        <translation>%1&#xa0;: les limites doivent être des nombres positifs.</translation>
    </message>
    <message>
        <source>Traccar sent data this version cannot read (%1). Check the Traccar address in Settings and the server version.</source>
        <translation>Traccar a envoyé des données que cette version ne sait pas lire (%1). Vérifiez l’adresse de Traccar dans les paramètres et la version du serveur.</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <source>server information without a version</source>
        <translation>des informations du serveur sans version</translation>
    </message>
    <message>
        <source>a device without an identifier</source>
        <translation>un appareil sans identifiant</translation>
    </message>
    <message>
        <source>a device&apos;s last update time</source>
        <translation>l’heure de dernière mise à jour d’un appareil</translation>
    </message>
    <message>
        <source>a position without its identifier or device</source>
        <translation>une position sans son identifiant ou son appareil</translation>
    </message>
    <message>
        <source>a position with invalid coordinates</source>
        <translation>une position avec des coordonnées non valides</translation>
    </message>
    <message>
        <source>a position without a fix time</source>
        <translation>une position sans heure de relevé</translation>
    </message>
    <message>
        <source>a position with an invalid measurement</source>
        <translation>une position avec une mesure non valide</translation>
    </message>
    <message>
        <source>a device that is not an object</source>
        <translation>un appareil qui n’est pas un objet</translation>
    </message>
    <message>
        <source>a position that is not an object</source>
        <translation>une position qui n’est pas un objet</translation>
    </message>
    <message>
        <source>Traccar needs both a start and an end time for a device&apos;s positions. Choose both.</source>
        <translation>Traccar exige une heure de début et une heure de fin pour les positions d’un appareil. Choisissez les deux.</translation>
    </message>
    <message>
        <source>The start time is after the end time. Choose a start before the end.</source>
        <translation>L’heure de début est postérieure à l’heure de fin. Choisissez un début antérieur à la fin.</translation>
    </message>
    <message>
        <source>Choose at least one technician&apos;s device for the route report.</source>
        <translation>Choisissez l’appareil d’au moins un technicien pour le rapport de trajets.</translation>
    </message>
    <message>
        <source>The route report needs a start and an end time. Choose both.</source>
        <translation>Le rapport de trajets exige une heure de début et une heure de fin. Choisissez les deux.</translation>
    </message>
    <message>
        <source>Traccar sent an answer this version cannot read. Check the Traccar address in Settings: it must be the server root (for example https://gps.example.com), without /api.</source>
        <translation>Traccar a envoyé une réponse que cette version ne sait pas lire. Vérifiez l’adresse de Traccar dans les paramètres&#xa0;: ce doit être la racine du serveur (par exemple https://gps.example.com), sans /api.</translation>
    </message>
    <message>
        <source>Traccar refused the credentials. Check the Traccar token, or the user and password, in Settings.</source>
        <translation>Traccar a refusé les identifiants. Vérifiez le jeton Traccar, ou l’utilisateur et le mot de passe, dans les paramètres.</translation>
    </message>
    <message>
        <source>The Traccar user may not see this (HTTP 403). Give it access to the devices in Traccar, or use another account in Settings.</source>
        <translation>L’utilisateur Traccar n’a pas accès à ces données (HTTP 403). Donnez-lui accès aux appareils dans Traccar, ou utilisez un autre compte dans les paramètres.</translation>
    </message>
    <message>
        <source>Traccar does not know this address or device (HTTP 404). Check the Traccar address in Settings (the server root, without /api) and that the device still exists.</source>
        <translation>Traccar ne connaît pas cette adresse ou cet appareil (HTTP 404). Vérifiez l’adresse de Traccar dans les paramètres (la racine du serveur, sans /api) et assurez-vous que l’appareil existe toujours.</translation>
    </message>
    <message>
        <source>Traccar refused the request: %1. Check the devices and the time window, then try again.</source>
        <translation>Traccar a refusé la requête&#xa0;: %1. Vérifiez les appareils et la plage horaire, puis réessayez.</translation>
    </message>
    <message>
        <source>The Traccar server is busy or unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>Le serveur Traccar est occupé ou indisponible (HTTP %1). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The Traccar server&apos;s certificate could not be verified. Check the Traccar address, or the CA file for Traccar, in Settings.</source>
        <translation>Le certificat du serveur Traccar n’a pas pu être vérifié. Vérifiez l’adresse de Traccar, ou le fichier d’AC de Traccar, dans les paramètres.</translation>
    </message>
    <message>
        <source>The Traccar server did not answer in time. Check the network connection, then try again.</source>
        <translation>Le serveur Traccar n’a pas répondu à temps. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the Traccar server. Check the Traccar address in Settings and that the server is running, then try again.</source>
        <translation>Le serveur Traccar est injoignable. Vérifiez l’adresse de Traccar dans les paramètres et assurez-vous que le serveur est en marche, puis réessayez.</translation>
    </message>
    <message>
        <source>The Traccar address is not set or is not an http(s) address. Enter it in Settings.</source>
        <translation>L’adresse de Traccar n’est pas définie ou n’est pas une adresse http(s). Saisissez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>The CA file for Traccar (%1) cannot be read. Check it in Settings.</source>
        <translation>Le fichier d’AC de Traccar (%1) ne peut pas être lu. Vérifiez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>The live connection to Traccar was lost (%1). Reconnecting automatically.</source>
        <translation>La connexion en direct à Traccar a été perdue (%1). Reconnexion automatique en cours.</translation>
    </message>
    <message>
        <source>Cannot connect to Traccar for live positions (%1). Check the Traccar address and credentials in Settings; retrying automatically.</source>
        <translation>Impossible de se connecter à Traccar pour les positions en direct (%1). Vérifiez l’adresse et les identifiants de Traccar dans les paramètres; nouvelle tentative automatique.</translation>
    </message>
    <message>
        <source>Another reader moved the position of %1 meanwhile: read again to continue from there.</source>
        <translation>Un autre lecteur a déplacé la position de %1 entre-temps&#xa0;: relancez la lecture pour continuer à partir de là.</translation>
    </message>
    <message>
        <source>%1: the server address %2 must start with https:// (plain http is allowed only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>%1&#xa0;: l’adresse du serveur %2 doit commencer par https:// (le http simple n’est permis que pour cet ordinateur&#xa0;: localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>The Traccar address must start with https:// (plain http is allowed only on this computer). Correct it in Settings.</source>
        <translation>L’adresse de Traccar doit commencer par https:// (le http simple n’est permis que sur cet ordinateur). Corrigez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>The routing server answered: %1 min between two points of Montréal.</source>
        <translation>Le serveur de routage a répondu&#xa0;: %1 min entre deux points de Montréal.</translation>
    </message>
    <message>
        <source>Routing server (OSRM)</source>
        <translation>Serveur de routage (OSRM)</translation>
    </message>
    <message>
        <source>Mailjet sent a contact list this version cannot read. Nothing was recorded; check the Mailjet service address.</source>
        <translation>Mailjet a envoyé une liste de contacts que cette version ne sait pas lire. Rien n’a été enregistré; vérifiez l’adresse du service Mailjet.</translation>
    </message>
</context>
<context>
    <name>ops::integrations::GpsPrivacyRepository</name>
    <message>
        <source>The GPS privacy settings are missing from the database (migration 0033).</source>
        <translation>Les paramètres de confidentialité GPS sont absents de la base de données (migration 0033).</translation>
    </message>
    <message>
        <source>Someone else saved the GPS privacy settings after you opened them. Reload them to see their changes, then make yours again.</source>
        <translation>Quelqu’un d’autre a enregistré les paramètres de confidentialité GPS après que vous les avez ouverts. Rechargez-les pour voir ses modifications, puis refaites les vôtres.</translation>
    </message>
</context>
<context>
    <name>ops::integrations::GpsPrivacySettings</name>
    <message>
        <source>GPS positions must be kept between %1 and %2 days.</source>
        <translation>Les positions GPS doivent être conservées entre %1 et %2 jours.</translation>
    </message>
    <message>
        <source>The margin around a shift must be between 0 and %1 minutes.</source>
        <translation>La marge autour d’un quart doit être entre 0 et %1 minutes.</translation>
    </message>
    <message>
        <source>Write the technicians&apos; GPS notice in both French and English.</source>
        <translation>Rédigez l’avis GPS aux techniciens en français et en anglais.</translation>
    </message>
    <message>
        <source>The technicians&apos; GPS notice is too long (at most %1 characters in each language).</source>
        <translation>L’avis GPS aux techniciens est trop long (au plus %1 caractères dans chaque langue).</translation>
    </message>
</context>
<context>
    <name>ops::log</name>
    <message>
        <source>Unknown log level &quot;%1&quot;.</source>
        <translation>Niveau de journalisation inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The log folder %1 cannot be created.</source>
        <translation>Le dossier des journaux %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written.</source>
        <translation>Le fichier journal %1 ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>ops::map</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>résilié</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>This item has no card to read.</source>
        <translation>Cet élément n&apos;a pas de fiche à lire.</translation>
    </message>
    <message>
        <source>%1 no longer exists. The map is refreshed.</source>
        <translation>%1 n&apos;existe plus. La carte est actualisée.</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>Cet emplacement</translation>
    </message>
    <message>
        <source>%1 (%2), customer %3</source>
        <translation>%1 (%2), client %3</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Emplacement %1</translation>
    </message>
    <message>
        <source>OLT port %1</source>
        <translation>Port OLT %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) installed</source>
        <translation>
            <numerusform>%n appareil installé</numerusform>
            <numerusform>%n appareils installés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active subscription(s)</source>
        <translation>
            <numerusform>%n abonnement actif</numerusform>
            <numerusform>%n abonnements actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>This job</source>
        <translation>Cette intervention</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Visite technique</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>en route</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s)</source>
        <translation>
            <numerusform>%1, %n minute</numerusform>
            <numerusform>%1, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No technician assigned</source>
        <translation>Aucun technicien assigné</translation>
    </message>
    <message>
        <source>Technician: %1</source>
        <translation>Technicien : %1</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>Ce billet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Status: %1, opened %2</source>
        <translation>Statut : %1, ouvert le %2</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigné à %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Never informed GenieACS</source>
        <translation>Ne s&apos;est jamais manifesté à GenieACS</translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n minute(s), since %1</source>
        <translation>
            <numerusform>Sans nouvelles depuis %n minute (dernier contact %1)</numerusform>
            <numerusform>Sans nouvelles depuis %n minutes (dernier contact %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Silent for %n hour(s), since %1</source>
        <translation>
            <numerusform>Sans nouvelles depuis %n heure (dernier contact %1)</numerusform>
            <numerusform>Sans nouvelles depuis %n heures (dernier contact %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Firmware %1</source>
        <translation>Micrologiciel %1</translation>
    </message>
</context>
<context>
    <name>ops::net</name>
    <message>
        <source>The service %1 is not configured. Check the integration settings.</source>
        <translation>Le service %1 n’est pas configuré. Vérifiez les paramètres d’intégration.</translation>
    </message>
    <message>
        <source>The address of the service %1 is not valid. Check the integration settings.</source>
        <translation>L’adresse du service %1 n’est pas valide. Vérifiez les paramètres d’intégration.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. Check the server&apos;s certificate, or the CA file configured for %1.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être vérifiée; rien n’a donc été envoyé. Vérifiez le certificat du serveur ou le fichier d’AC configuré pour %1.</translation>
    </message>
    <message>
        <source>Too many requests are waiting for %1, so nothing was sent. Try again in a few minutes.</source>
        <translation>Trop de requêtes sont en attente pour %1; rien n’a donc été envoyé. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Cannot reach %1, so nothing was sent. Check the network connection and the service address in the settings, then try again.</source>
        <translation>%1 est injoignable; rien n’a donc été envoyé. Vérifiez la connexion réseau et l’adresse du service dans les paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is busy or temporarily unavailable (HTTP %2). The request was not carried out; try again in a few minutes.</source>
        <translation>%1 est occupé ou temporairement indisponible (HTTP %2). La requête n’a pas été exécutée; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>%1 n’a pas répondu à temps. La requête a peut-être été exécutée&#xa0;: vérifiez son état dans %1 avant de l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before its answer arrived. The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>La connexion à %1 a été perdue avant l’arrivée de sa réponse. La requête a peut-être été exécutée&#xa0;: vérifiez son état dans %1 avant de l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>%1 sent an unreadable answer. The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>%1 a envoyé une réponse illisible. La requête a peut-être été exécutée&#xa0;: vérifiez son état dans %1 avant de l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>%1 reported an internal error (HTTP %2). The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>%1 a signalé une erreur interne (HTTP %2). La requête a peut-être été exécutée&#xa0;: vérifiez son état dans %1 avant de l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid (HTTP %2). Correct the data, then send it again.</source>
        <translation>%1 a refusé la requête comme non valide (HTTP %2). Corrigez les données, puis envoyez-la de nouveau.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2). Check the account and API key for %1 in the settings.</source>
        <translation>%1 a refusé les identifiants (HTTP %2). Vérifiez le compte et la clé d’API de %1 dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 does not know the requested item (HTTP %2). It may have been deleted: refresh and check the identifier.</source>
        <translation>%1 ne connaît pas l’élément demandé (HTTP %2). Il a peut-être été supprimé&#xa0;: actualisez et vérifiez l’identifiant.</translation>
    </message>
    <message>
        <source>%1 reported a conflict with the current state (HTTP %2). Refresh, check the item, then try again.</source>
        <translation>%1 a signalé un conflit avec l’état actuel (HTTP %2). Actualisez, vérifiez l’élément, puis réessayez.</translation>
    </message>
    <message>
        <source>The request to %1 failed. Check the network connection and the service address in the settings.</source>
        <translation>La requête à %1 a échoué. Vérifiez la connexion réseau et l’adresse du service dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (HTTP %2). Check the service address in the settings.</source>
        <translation>%1 a donné une réponse inattendue (HTTP %2). Vérifiez l’adresse du service dans les paramètres.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>La requête à %1 a échoué.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête à %1 a été annulée.</translation>
    </message>
    <message>
        <source>A service has no name. Check the integration settings.</source>
        <translation>Un service n’a pas de nom. Vérifiez les paramètres d’intégration.</translation>
    </message>
    <message>
        <source>The rate limit of the service %1 is not valid. Check the integration settings.</source>
        <translation>La limite de débit du service %1 n’est pas valide. Vérifiez les paramètres d’intégration.</translation>
    </message>
    <message>
        <source>The CA file for the service %1 cannot be read or holds no certificate. Check the file and the integration settings.</source>
        <translation>Le fichier d’AC du service %1 ne peut pas être lu ou ne contient aucun certificat. Vérifiez le fichier et les paramètres d’intégration.</translation>
    </message>
    <message>
        <source>The address of the service %1 must start with https:// (plain http is allowed only on this computer). Check the integration settings.</source>
        <translation>L’adresse du service %1 doit commencer par https:// (le http simple n’est permis que sur cet ordinateur). Vérifiez les paramètres d’intégration.</translation>
    </message>
    <message>
        <source>The request leads outside the address of the service %1, so it was not sent.</source>
        <translation>La requête mène hors de l’adresse du service %1; elle n’a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit set for it, so it was not read. The request may have been carried out: check its status at %1 before sending it again.</source>
        <translation>%1 a envoyé une réponse plus volumineuse que la limite fixée; elle n’a donc pas été lue. La requête a peut-être été exécutée&#xa0;: vérifiez son état dans %1 avant de l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than the limit set for it, so it was not read. Check the service address, or raise the answer size limit in the integration settings.</source>
        <translation>%1 a envoyé une réponse plus volumineuse que la limite fixée; elle n’a donc pas été lue. Vérifiez l’adresse du service ou augmentez la taille maximale des réponses dans les paramètres d’intégration.</translation>
    </message>
</context>
<context>
    <name>ops::outbox</name>
    <message>
        <source>unknown status %1 (pending, sending, sent, failed, ambiguous, cancelled)</source>
        <translation>statut inconnu %1 (pending, sending, sent, failed, ambiguous, cancelled)</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The outbox holds no matching item.</source>
        <translation>La boîte d’envoi ne contient aucun élément correspondant.</translation>
    </message>
    <message>
        <source>usage: outbox retry ID | outbox retry --all-failed [--provider P] | outbox cancel ID</source>
        <translation>utilisation&#xa0;: outbox retry ID | outbox retry --all-failed [--provider P] | outbox cancel ID</translation>
    </message>
    <message numerus="yes">
        <source>%n failed item(s) will be sent again.</source>
        <translation>
            <numerusform>%n élément en échec sera envoyé de nouveau.</numerusform>
            <numerusform>%n éléments en échec seront envoyés de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox item %1 will be sent again.</source>
        <translation>L’élément %1 de la boîte d’envoi sera envoyé de nouveau.</translation>
    </message>
    <message>
        <source>Outbox item %1 is cancelled.</source>
        <translation>L’élément %1 de la boîte d’envoi est annulé.</translation>
    </message>
    <message>
        <source>usage: outbox list|retry|cancel ...</source>
        <translation>utilisation&#xa0;: outbox list|retry|cancel ...</translation>
    </message>
    <message>
        <source>usage: worker [--batch N] [--lease SECONDS] [--id NAME]</source>
        <translation>utilisation&#xa0;: worker [--batch N] [--lease SECONDES] [--id NOM]</translation>
    </message>
    <message>
        <source>no service is configured: set TARGO_&lt;SERVICE&gt;_BASE_URL or its credentials (see the documentation)</source>
        <translation>aucun service n’est configuré&#xa0;: définissez TARGO_&lt;SERVICE&gt;_BASE_URL ou ses identifiants (voir la documentation)</translation>
    </message>
    <message>
        <source>Stopping: finishing the messages in flight...</source>
        <translation>Arrêt&#xa0;: fin de l’envoi des messages en cours...</translation>
    </message>
    <message>
        <source>Outbox worker %1 running for: %2</source>
        <translation>Processus d’envoi %1 en marche pour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped: %1 sent, %2 to retry, %3 failed, %4 ambiguous.</source>
        <translation>Arrêté&#xa0;: %1 envoyés, %2 à réessayer, %3 en échec, %4 ambigus.</translation>
    </message>
    <message>
        <source>Unknown service %1: the message cannot be queued.</source>
        <translation>Service inconnu %1&#xa0;: le message ne peut pas être mis en file d’attente.</translation>
    </message>
    <message>
        <source>The request for %1 is incomplete and cannot be queued.</source>
        <translation>La requête pour %1 est incomplète et ne peut pas être mise en file d’attente.</translation>
    </message>
    <message>
        <source>Outbox item %1 was taken over before its result was saved.</source>
        <translation>L’élément %1 de la boîte d’envoi a été repris avant que son résultat soit enregistré.</translation>
    </message>
    <message>
        <source>Outbox item %1 does not exist.</source>
        <translation>L’élément %1 de la boîte d’envoi n’existe pas.</translation>
    </message>
    <message>
        <source>Outbox item %1 is %2: only failed or ambiguous items can be sent again.</source>
        <translation>L’élément %1 de la boîte d’envoi est %2&#xa0;: seuls les éléments en échec ou ambigus peuvent être envoyés de nouveau.</translation>
    </message>
    <message>
        <source>Outbox item %1 is %2: only pending, failed or ambiguous items can be cancelled.</source>
        <translation>L’élément %1 de la boîte d’envoi est %2&#xa0;: seuls les éléments en attente, en échec ou ambigus peuvent être annulés.</translation>
    </message>
    <message>
        <source>Outbox item %1 holds no valid request and cannot be sent.</source>
        <translation>L’élément %1 de la boîte d’envoi ne contient aucune requête valide et ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>No service is configured, so the outbox worker has nothing to send.</source>
        <translation>Aucun service n’est configuré; le processus d’envoi n’a donc rien à envoyer.</translation>
    </message>
    <message>
        <source>The outbox worker stopped on an unexpected error.</source>
        <translation>Le processus d’envoi s’est arrêté à la suite d’une erreur inattendue.</translation>
    </message>
    <message>
        <source>%1 is not configured: outbox item %2 stays pending.</source>
        <translation>%1 n’est pas configuré&#xa0;: l’envoi %2 reste en attente.</translation>
    </message>
    <message>
        <source>Outbox item %1 is still being sent by %2 (its claim runs until %3): wait for that attempt&apos;s result before sending it again.</source>
        <translation>L’élément %1 de la boîte d’envoi est encore en cours d’envoi par %2 (sa réservation court jusqu’à %3)&#xa0;: attendez le résultat de cette tentative avant de l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>The request for %1 leads outside the service&apos;s address or overrides its credentials, so it was refused and nothing was sent.</source>
        <translation>La requête pour %1 mène hors de l’adresse du service ou remplace ses identifiants; elle a donc été refusée et rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>ops::payments::PaymentMethods</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n’y a pas de client %1.</translation>
    </message>
    <message>
        <source>This payment method was changed or removed on another workstation. The list has been read again: check it and try again.</source>
        <translation>Ce mode de paiement a été modifié ou retiré sur un autre poste. La liste a été relue&#xa0;: vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Pre-authorized payments need a default payment method. Send the customer a link to save a card or a bank account, or make a saved method the default, then try again.</source>
        <translation>Les paiements préautorisés exigent un mode de paiement par défaut. Envoyez au client un lien pour enregistrer une carte ou un compte bancaire, ou mettez un mode enregistré par défaut, puis réessayez.</translation>
    </message>
    <message>
        <source>Stripe is not set up on this workstation (File → Integrations → Stripe).</source>
        <translation>Stripe n’est pas configuré sur ce poste (Fichier → Intégrations → Stripe).</translation>
    </message>
    <message>
        <source>Stripe: the payment page URL must be an http or https address, for example https://pay.example.ca/save-method.</source>
        <translation>Stripe&#xa0;: l’adresse de la page de paiement doit être une adresse http ou https, par exemple https://pay.example.ca/save-method.</translation>
    </message>
</context>
<context>
    <name>ops::payments::PaymentRepository</name>
    <message>
        <source>There is no such customer.</source>
        <translation>Ce client n’existe pas.</translation>
    </message>
    <message>
        <source>The amount of a payment must be above zero.</source>
        <translation>Le montant d’un paiement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Unknown payment method “%1”: cash, cheque or etransfer.</source>
        <translation>Mode de paiement « %1 » inconnu : cash (comptant), cheque ou etransfer (virement Interac).</translation>
    </message>
    <message>
        <source>The reference is longer than 200 characters.</source>
        <translation>La référence dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>A payment cannot be received after today.</source>
        <translation>Un paiement ne peut pas être reçu après aujourd’hui.</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>Choisissez le client qui a payé.</translation>
    </message>
    <message>
        <source>An allocation must be above zero.</source>
        <translation>Une imputation doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>An invoice appears twice in the allocation.</source>
        <translation>Une facture figure deux fois dans l’imputation.</translation>
    </message>
    <message>
        <source>The allocations (%1 cents) are above the payment (%2 cents).</source>
        <translation>Les imputations (%1 cents) dépassent le paiement (%2 cents).</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n’y a pas de client %1.</translation>
    </message>
    <message>
        <source>An allocation names an invoice that is not an open invoice of %1.</source>
        <translation>Une imputation vise une facture qui n’est pas une facture à payer de %1.</translation>
    </message>
    <message>
        <source>%1 cents to invoice %2 is above what is open on it (%3 cents).</source>
        <translation>%1 cents à la facture %2 dépassent ce qui reste à payer (%3 cents).</translation>
    </message>
    <message>
        <source>Give the reason of the reversal (for example: cheque returned NSF).</source>
        <translation>Donnez la raison de l’annulation (par exemple : chèque retourné sans provision).</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>La raison dépasse 500 caractères.</translation>
    </message>
    <message>
        <source>There is no such payment.</source>
        <translation>Ce paiement n’existe pas.</translation>
    </message>
    <message>
        <source>Payment %1 is already reversed.</source>
        <translation>Le paiement %1 est déjà annulé.</translation>
    </message>
    <message>
        <source>Payment %1 is %2: only a payment that went through can be reversed.</source>
        <translation>Le paiement %1 est à l’état %2 : seul un paiement reçu peut être annulé.</translation>
    </message>
    <message>
        <source>Unknown payment status.</source>
        <translation>Statut de paiement inconnu.</translation>
    </message>
    <message>
        <source>Unknown payment method.</source>
        <translation>Mode de paiement inconnu.</translation>
    </message>
    <message>
        <source>The first date is after the last date.</source>
        <translation>La première date est après la dernière.</translation>
    </message>
    <message>
        <source>A Stripe payment needs an amount, a method and its PaymentIntent.</source>
        <translation>Un paiement Stripe exige un montant, un mode de paiement et son PaymentIntent.</translation>
    </message>
    <message>
        <source>Payment %1 is %2: only a payment that went through can be allocated.</source>
        <translation>Le paiement %1 est %2 : seul un paiement passé peut être imputé.</translation>
    </message>
    <message>
        <source>Payment %1 was changed by someone else meanwhile: reopen it and try again.</source>
        <translation>Le paiement %1 a été modifié par quelqu’un d’autre entre-temps : rouvrez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>ops::payments::PaymentUiService</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>Refunds are not available here.</source>
        <translation>Les remboursements ne sont pas offerts ici.</translation>
    </message>
</context>
<context>
    <name>ops::payments::RefundRepository</name>
    <message>
        <source>There is no such payment.</source>
        <translation>Ce paiement n’existe pas.</translation>
    </message>
    <message>
        <source>There is no such refund.</source>
        <translation>Ce remboursement n’existe pas.</translation>
    </message>
    <message>
        <source>Give the reason of the refund.</source>
        <translation>Indiquez la raison du remboursement.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>La raison dépasse 500 caractères.</translation>
    </message>
    <message>
        <source>The amount of a refund must be above zero.</source>
        <translation>Le montant d’un remboursement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Payment %1 was not taken by Stripe (%2): it is reversed, not refunded.</source>
        <translation>Le paiement %1 n’a pas été reçu par Stripe (%2) : on l’annule, on ne le rembourse pas.</translation>
    </message>
    <message>
        <source>Payment %1 is %2: only a payment that went through is refunded.</source>
        <translation>Le paiement %1 est %2 : seul un paiement qui a passé peut être remboursé.</translation>
    </message>
    <message>
        <source>Payment %1 has no Stripe payment to refund.</source>
        <translation>Le paiement %1 n’a aucun paiement Stripe à rembourser.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on payment %1.</source>
        <translation>Il ne reste rien à rembourser sur le paiement %1.</translation>
    </message>
    <message>
        <source>%1 cents is above what is left to refund on payment %2 (%3 cents).</source>
        <translation>%1 cents, c’est plus que ce qui reste à rembourser sur le paiement %2 (%3 cents).</translation>
    </message>
</context>
<context>
    <name>ops::payments::StripeOpsApi</name>
    <message>
        <source>This workstation cannot do that yet.</source>
        <translation>Ce poste ne peut pas encore faire cela.</translation>
    </message>
</context>
<context>
    <name>ops::payments::StripeOpsRepository</name>
    <message>
        <source>Unknown event outcome.</source>
        <translation>Résultat d’événement inconnu.</translation>
    </message>
</context>
<context>
    <name>ops::payments::StripeSetupLinks</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n’y a pas de client %1.</translation>
    </message>
    <message>
        <source>Choose what the customer saves: a card (card) or a bank account for pre-authorized debits (acss_debit).</source>
        <translation>Choisissez ce que le client enregistre : une carte (card) ou un compte bancaire pour les débits préautorisés (acss_debit).</translation>
    </message>
    <message>
        <source>Choose how the link is sent: by e-mail (email) or by SMS (sms).</source>
        <translation>Choisissez comment le lien est envoyé : par courriel (email) ou par texto (sms).</translation>
    </message>
    <message>
        <source>The payment page address is not set (Stripe settings): the link would lead nowhere.</source>
        <translation>L’adresse de la page de paiement n’est pas définie (paramètres Stripe) : le lien ne mènerait nulle part.</translation>
    </message>
    <message>
        <source>Customer %1 has no e-mail address: give one or send an SMS.</source>
        <translation>Le client %1 n’a pas d’adresse courriel : indiquez-en une ou envoyez un texto.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expéditeur dans les paramètres d’intégration).</translation>
    </message>
    <message>
        <source>Customer %1 has no phone number: give one or send an e-mail.</source>
        <translation>Le client %1 n’a pas de numéro de téléphone : indiquez-en un ou envoyez un courriel.</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender number in the integration settings).</source>
        <translation>Le texto n’est pas configuré (Twilio n’a pas de compte ou de numéro d’expéditeur dans les paramètres d’intégration).</translation>
    </message>
</context>
<context>
    <name>ops::staff</name>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings). Show the password once instead.</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expéditeur dans les paramètres des intégrations). Affichez plutôt le mot de passe une seule fois.</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <comment>staff group</comment>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>staff group</comment>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>staff group</comment>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>staff group</comment>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Technician</source>
        <comment>staff group</comment>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>A login has 2 to 63 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Un identifiant compte de 2 à 63 caractères : lettres minuscules, chiffres, « . », « _ » ou « - », et commence par une lettre.</translation>
    </message>
    <message>
        <source>A login cannot start with &quot;pg_&quot; or &quot;ops_&quot; (reserved by the database).</source>
        <translation>Un identifiant ne peut pas commencer par « pg_ » ou « ops_ » (réservés par la base de données).</translation>
    </message>
    <message>
        <source>An e-mail address is required to e-mail the temporary password.</source>
        <translation>Une adresse courriel est requise pour envoyer le mot de passe temporaire par courriel.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Cette adresse courriel n’est pas valide.</translation>
    </message>
    <message>
        <source>A password has at least 12 characters.</source>
        <translation>Un mot de passe compte au moins 12 caractères.</translation>
    </message>
    <message>
        <source>This login is already used by another staff member or database account.</source>
        <translation>Cet identifiant est déjà utilisé par un autre membre du personnel ou un compte de la base de données.</translation>
    </message>
    <message>
        <source>Unknown group. Choose dispatcher, billing, manager or admin.</source>
        <translation>Groupe inconnu. Choisissez dispatcher, billing, manager ou admin.</translation>
    </message>
    <message>
        <source>This is the last active administrator: name another administrator first.</source>
        <translation>C’est le dernier administrateur actif : nommez d’abord un autre administrateur.</translation>
    </message>
    <message>
        <source>No staff member has this login.</source>
        <translation>Aucun membre du personnel n’a cet identifiant.</translation>
    </message>
    <message>
        <source>This account is not managed by Targo Ops (a database superuser or a reserved role).</source>
        <translation>Ce compte n’est pas géré par Targo Ops (un superutilisateur de la base de données ou un rôle réservé).</translation>
    </message>
    <message>
        <source>The password could not be prepared for the database (an internal error).</source>
        <translation>Le mot de passe n’a pas pu être préparé pour la base de données (une erreur interne).</translation>
    </message>
    <message>
        <source>This account is deactivated.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>A name of 1 to 200 characters is required.</source>
        <translation>Un nom de 1 à 200 caractères est requis.</translation>
    </message>
    <message>
        <source>The password of this account cannot be changed here.</source>
        <translation>Le mot de passe de ce compte ne peut pas être changé ici.</translation>
    </message>
</context>
<context>
    <name>ops::stripe::PpaRepository</name>
    <message>
        <source>There is no such PPA attempt.</source>
        <translation>Cette tentative de prélèvement (PPA) n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ops::stripe::PpaRun</name>
    <message>
        <source>Stripe did not take the payment (status %1).</source>
        <translation>Stripe n’a pas effectué le paiement (statut %1).</translation>
    </message>
    <message>
        <source>The PPA run needs a valid date.</source>
        <translation>Le passage des prélèvements (PPA) exige une date valide.</translation>
    </message>
</context>
<context>
    <name>ops::stripe::StripeEventApplier</name>
    <message>
        <source>Stripe reported that the payment failed.</source>
        <translation>Stripe a signalé l’échec du paiement.</translation>
    </message>
</context>
<context>
    <name>ops::tickets</name>
    <message>
        <source>Unknown ticket status: %1</source>
        <translation>Statut de billet inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Parent ticket</source>
        <translation>Billet parent</translation>
    </message>
    <message>
        <source>Child tickets</source>
        <translation>Billets enfants</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Ce billet n’existe plus.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 changed this ticket at %2 while you were looking at it.</source>
        <translation>%1 a modifié ce billet à %2 pendant que vous le consultiez.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message contains a NUL character, which cannot be stored.</source>
        <translation>Le message contient un caractère NUL, qui ne peut pas être conservé.</translation>
    </message>
    <message>
        <source>The message is too long: %1 KB, at most %2 KB.</source>
        <translation>Le message est trop long&#xa0;: %1&#xa0;Ko, au plus %2&#xa0;Ko.</translation>
    </message>
    <message>
        <source>The author of this message is not a staff member.</source>
        <translation>L’auteur de ce message n’est pas un membre du personnel.</translation>
    </message>
    <message>
        <source>This staff member does not exist or is inactive.</source>
        <translation>Ce membre du personnel n’existe pas ou est inactif.</translation>
    </message>
    <message>
        <source>This location does not belong to the ticket&apos;s customer.</source>
        <translation>Cet emplacement n’appartient pas au client du billet.</translation>
    </message>
    <message>
        <source>This device is not installed at one of the ticket&apos;s customer&apos;s locations.</source>
        <translation>Cet appareil n’est installé à aucun des emplacements du client du billet.</translation>
    </message>
    <message>
        <source>Unknown job type: %1</source>
        <translation>Type d’intervention inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The priority goes from 1 (urgent) to 5.</source>
        <translation>La priorité va de 1 (urgente) à 5.</translation>
    </message>
    <message>
        <source>The duration goes from 5 minutes to 24 hours.</source>
        <translation>La durée va de 5 minutes à 24 heures.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>La note est trop longue (au plus %1 caractères).</translation>
    </message>
    <message>
        <source>This ticket has no customer to send a technician to.</source>
        <translation>Ce billet n’a aucun client chez qui envoyer un technicien.</translation>
    </message>
    <message>
        <source>Choose the location where the technician goes.</source>
        <translation>Choisissez l’emplacement où le technicien doit se rendre.</translation>
    </message>
    <message>
        <source>Customer %1 has no e-mail address: reply by SMS or give an address.</source>
        <translation>Le client %1 n’a pas d’adresse courriel&#xa0;: répondez par texto ou indiquez une adresse.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>E-mail is not set up (Mailjet has no sender address in the integration settings).</source>
        <translation>Le courriel n’est pas configuré (Mailjet n’a pas d’adresse d’expéditeur dans les paramètres d’intégration).</translation>
    </message>
    <message>
        <source>Customer %1 has no mobile number: reply by e-mail or give a number.</source>
        <translation>Le client %1 n’a pas de numéro de cellulaire&#xa0;: répondez par courriel ou indiquez un numéro.</translation>
    </message>
    <message>
        <source>SMS is not set up (Twilio has no account or sender number in the integration settings).</source>
        <translation>Le texto n’est pas configuré (Twilio n’a pas de compte ou de numéro d’expéditeur dans les paramètres d’intégration).</translation>
    </message>
    <message>
        <source>A reply to the customer goes by e-mail (email) or by SMS (sms).</source>
        <translation>Une réponse au client part par courriel (email) ou par texto (sms).</translation>
    </message>
    <message>
        <source>Ticket %1 has no customer: nobody to reply to.</source>
        <translation>Le billet %1 n’a pas de client&#xa0;: personne à qui répondre.</translation>
    </message>
    <message>
        <source>The reply could not be stored.</source>
        <translation>La réponse n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Il n’y a pas de billet %1.</translation>
    </message>
</context>
<context>
    <name>ops::zip</name>
    <message>
        <source>The archive cannot be written.</source>
        <translation>L’archive ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>Writing the archive failed: %1</source>
        <translation>L’écriture de l’archive a échoué : %1</translation>
    </message>
    <message>
        <source>The archive is already complete.</source>
        <translation>L’archive est déjà terminée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name inside an archive.</source>
        <translation>« %1 » n’est pas un nom valide dans une archive.</translation>
    </message>
    <message>
        <source>The archive already holds &quot;%1&quot;.</source>
        <translation>L’archive contient déjà « %1 ».</translation>
    </message>
    <message>
        <source>Too many files for one archive.</source>
        <translation>Trop de fichiers pour une seule archive.</translation>
    </message>
    <message>
        <source>The archive would be larger than 4 GiB, which this program cannot write.</source>
        <translation>L’archive dépasserait 4 Gio, ce que ce programme ne peut pas écrire.</translation>
    </message>
</context>
<context>
    <name>opsctl</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>planification</translation>
    </message>
    <message>
        <source>staff and catalogue</source>
        <translation>personnel et catalogue</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>service locations</source>
        <translation>emplacements de service</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>équipements</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>abonnements</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>invoice lines</source>
        <translation>lignes de facture</translation>
    </message>
    <message>
        <source>invoice taxes</source>
        <translation>taxes des factures</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>payment allocations</source>
        <translation>imputations des paiements</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>billets</translation>
    </message>
    <message>
        <source>ticket messages</source>
        <translation>messages des billets</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>répartition</translation>
    </message>
    <message>
        <source>CASL consents</source>
        <translation>consentements LCAP</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>séquences</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>analyzing</source>
        <translation>analyse</translation>
    </message>
    <message>
        <source>checking foreign keys</source>
        <translation>vérification des clés étrangères</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>--scale takes a number greater than 0 and at most 20, not &quot;%1&quot;</source>
        <translation>--scale exige un nombre supérieur à 0 et d’au plus 20, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation>--seed exige un nombre entier, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--today takes a date like 2026-11-27, not &quot;%1&quot;</source>
        <translation>--today exige une date comme 2026-11-27, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected argument for demo seed: %1</source>
        <translation>argument inattendu pour demo seed&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The database already contains customers; use --replace to replace its business data with demo data.</source>
        <translation>La base de données contient déjà des clients; utilisez --replace pour remplacer ses données d’affaires par des données de démonstration.</translation>
    </message>
    <message>
        <source>Loaded %1 rows in %2 s.</source>
        <translation>%1 lignes chargées en %2&#xa0;s.</translation>
    </message>
    <message>
        <source>data folder: %1</source>
        <translation>dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>initialized: %1</source>
        <translation>initialisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>en marche&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes (pid %1)</source>
        <translation>oui (pid %1)</translation>
    </message>
    <message>
        <source>connection: %1</source>
        <translation>connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation>Le schéma est à jour (version %1).</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The schema is now at version %1.</source>
        <translation>Le schéma est maintenant à la version %1.</translation>
    </message>
    <message>
        <source>db needs a subcommand: init, start, stop, status or migrate</source>
        <translation>db exige une sous-commande&#xa0;: init, start, stop, status ou migrate</translation>
    </message>
    <message>
        <source>db %1 manages the embedded database; it does not take --db</source>
        <translation>db %1 gère la base de données intégrée; cette commande n’accepte pas --db</translation>
    </message>
    <message>
        <source>The embedded database is stopped.</source>
        <translation>La base de données intégrée est arrêtée.</translation>
    </message>
    <message>
        <source>unknown db subcommand: %1</source>
        <translation>sous-commande db inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>use either --db or --embedded, not both</source>
        <translation>utilisez --db ou --embedded, pas les deux</translation>
    </message>
    <message>
        <source>The database schema is out of date (%1 pending). Run: targo-opsctl db migrate</source>
        <translation>Le schéma de la base de données n’est pas à jour (%1 en attente). Exécutez&#xa0;: targo-opsctl db migrate</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>bench search needs --queries FILE (one query a line)</source>
        <translation>bench search exige --queries FICHIER (une requête par ligne)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 holds no query</source>
        <translation>%1 ne contient aucune requête</translation>
    </message>
    <message>
        <source>slow: %1 ms  %2</source>
        <translation>lent&#xa0;: %1&#xa0;ms  %2</translation>
    </message>
    <message>
        <source>run %1: %2 s</source>
        <translation>exécution %1&#xa0;: %2&#xa0;s</translation>
    </message>
    <message>
        <source>search needs a text</source>
        <translation>search exige un texte</translation>
    </message>
    <message>
        <source>No results for &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>bench needs a subcommand: search or seed</source>
        <translation>bench exige une sous-commande&#xa0;: search ou seed</translation>
    </message>
    <message>
        <source>unknown bench subcommand: %1</source>
        <translation>sous-commande bench inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>walked %1 pages (%2 tickets) in %3 s</source>
        <translation>%1 pages parcourues (%2 billets) en %3&#xa0;s</translation>
    </message>
    <message>
        <source>no customers: seed the database first (demo seed)</source>
        <translation>aucun client&#xa0;: chargez d’abord des données (demo seed)</translation>
    </message>
    <message>
        <source>the change listener did not connect</source>
        <translation>l’écouteur de changements ne s’est pas connecté</translation>
    </message>
    <message>
        <source>run %1: no change notification within %2 ms</source>
        <translation>passe %1&#xa0;: aucune notification de changement en %2&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 is not configured: %2 Set %3.</source>
        <translation>%1 n’est pas configuré&#xa0;: %2 Définissez %3.</translation>
    </message>
    <message>
        <source>Sent (outbox item %1, %2 reference %3).</source>
        <translation>Envoyé (envoi %1, référence %2 %3).</translation>
    </message>
    <message>
        <source>Not sent yet (outbox item %1): %2. The outbox will try again at %3; `targo-opsctl worker` sends it.</source>
        <translation>Pas encore envoyé (envoi %1)&#xa0;: %2. La file d’envoi réessaiera à %3; `targo-opsctl worker` l’enverra.</translation>
    </message>
    <message>
        <source>Outcome unknown (outbox item %1): %2. It may have been delivered; check before sending it again (targo-opsctl outbox retry %1).</source>
        <translation>Résultat inconnu (envoi %1)&#xa0;: %2. Il a peut-être été livré; vérifiez avant de le renvoyer (targo-opsctl outbox retry %1).</translation>
    </message>
    <message>
        <source>Still being sent by another worker (outbox item %1); see targo-opsctl outbox list.</source>
        <translation>En cours d’envoi par un autre processus d’envoi (envoi %1); voir targo-opsctl outbox list.</translation>
    </message>
    <message>
        <source>Failed (outbox item %1): %2</source>
        <translation>Échoué (envoi %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>usage: integrations check</source>
        <translation>utilisation&#xa0;: integrations check</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <source>usage: sms send --to NUMBER --body TEXT [--wait SECONDS]</source>
        <translation>utilisation&#xa0;: sms send --to NUMÉRO --body TEXTE [--wait SECONDES]</translation>
    </message>
    <message numerus="yes">
        <source>To %1, %n segment(s).</source>
        <translation>
            <numerusform>À %1, %n segment.</numerusform>
            <numerusform>À %1, %n segments.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: email send --to ADDRESS --subject S --text T [--html H] [--wait SECONDS]</source>
        <translation>utilisation&#xa0;: email send --to ADRESSE --subject S --text T [--html H] [--wait SECONDES]</translation>
    </message>
    <message>
        <source>GenieACS knows no device with serial %1.</source>
        <translation>GenieACS ne connaît aucun appareil portant le numéro de série %1.</translation>
    </message>
    <message>
        <source>%1 devices have serial %2 in GenieACS; use its device id.</source>
        <translation>%1 appareils ont le numéro de série %2 dans GenieACS; utilisez l’identifiant de l’appareil.</translation>
    </message>
    <message>
        <source>Device     %1</source>
        <translation>Appareil      %1</translation>
    </message>
    <message>
        <source>Model      %1 %2</source>
        <translation>Modèle        %1 %2</translation>
    </message>
    <message>
        <source>State      %1 (last inform %2)</source>
        <translation>État          %1 (dernier contact %2)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Firmware   %1</source>
        <translation>Micrologiciel %1</translation>
    </message>
    <message>
        <source>Optical    RX %1, TX %2</source>
        <translation>Optique       RX %1, TX %2</translation>
    </message>
    <message>
        <source>Wi-Fi      %1</source>
        <translation>Wi-Fi         %1</translation>
    </message>
    <message>
        <source>usage: gps follow [--retention-days N]</source>
        <translation>utilisation&#xa0;: gps follow [--retention-days N]</translation>
    </message>
    <message>
        <source>Connected to Traccar: receiving positions.</source>
        <translation>Connecté à Traccar&#xa0;: réception des positions.</translation>
    </message>
    <message>
        <source>Traccar connection lost (%1); reconnecting...</source>
        <translation>Connexion à Traccar perdue (%1); reconnexion...</translation>
    </message>
    <message>
        <source>Stopped: %1 position(s) stored.</source>
        <translation>Arrêté&#xa0;: %1 position(s) enregistrée(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s), %1 new stored.</source>
        <translation>
            <numerusform>%n position, nouvelles enregistrées&#xa0;: %1.</numerusform>
            <numerusform>%n positions, nouvelles enregistrées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: sms send --to NUMBER --body TEXT</source>
        <translation>utilisation&#xa0;: sms send --to NUMÉRO --body TEXTE</translation>
    </message>
    <message>
        <source>usage: email send --to ADDRESS --subject S --text T</source>
        <translation>utilisation&#xa0;: email send --to ADRESSE --subject S --text T</translation>
    </message>
    <message>
        <source>tickets export needs --out FILE</source>
        <translation>tickets export exige --out FICHIER</translation>
    </message>
    <message>
        <source>unknown sort: %1</source>
        <translation>tri inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the separator is one character</source>
        <translation>le séparateur doit être un seul caractère</translation>
    </message>
    <message>
        <source>unknown argument: %1</source>
        <translation>argument inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 tickets written to %2 in %3 s</source>
        <translation>%1 billets écrits dans %2 en %3&#xa0;s</translation>
    </message>
    <message>
        <source>run %1: %2 tickets, %3 MB in %4 ms</source>
        <translation>exécution %1&#xa0;: %2 billets, %3&#xa0;Mo en %4&#xa0;ms</translation>
    </message>
    <message>
        <source>usage: stripe events [--peek] [--max-pages N]</source>
        <translation>utilisation&#xa0;: stripe events [--peek] [--max-pages N]</translation>
    </message>
    <message>
        <source>First read: events are followed from now on (earlier events are not replayed).</source>
        <translation>Première lecture&#xa0;: les événements sont suivis à partir de maintenant (les événements antérieurs ne sont pas rejoués).</translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s).</source>
        <translation>
            <numerusform>%n nouvel événement.</numerusform>
            <numerusform>%n nouveaux événements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s); more remain: run it again.</source>
        <translation>
            <numerusform>%n nouvel événement; il en reste d’autres&#xa0;: relancez la commande.</numerusform>
            <numerusform>%n nouveaux événements; il en reste d’autres&#xa0;: relancez la commande.</numerusform>
        </translation>
    </message>
    <message>
        <source>building indexes</source>
        <translation>construction des index</translation>
    </message>
    <message>
        <source>demo seed --replace deletes the business data of database &quot;%1&quot; on a server; add --confirm-database %1 to confirm</source>
        <translation>demo seed --replace efface les données d’affaires de la base «&#xa0;%1&#xa0;» sur un serveur; ajoutez --confirm-database %1 pour confirmer</translation>
    </message>
    <message>
        <source>usage: demo seed [--scale S] [--seed N] [--replace [--confirm-database NAME]] [--today YYYY-MM-DD]</source>
        <translation>utilisation&#xa0;: demo seed [--scale S] [--seed N] [--replace [--confirm-database NOM]] [--today AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>no password is stored in the keychain for profile %1</source>
        <translation>aucun mot de passe n’est enregistré dans le trousseau pour le profil %1</translation>
    </message>
    <message>
        <source>the keychain is unavailable: %1</source>
        <translation>le trousseau est indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>  --db-keychain ID with --db: the password saved in the keychain for profile ID
                   (else PGPASSFILE or TARGO_DB_PASSWORD; never a password in CONNINFO)
</source>
        <translation>  --db-keychain ID    avec --db&#xa0;: le mot de passe enregistré dans le trousseau pour le profil ID
                      (sinon PGPASSFILE ou TARGO_DB_PASSWORD; jamais de mot de passe dans CONNINFO)
</translation>
    </message>
    <message>
        <source>--db-keychain needs --db</source>
        <translation>--db-keychain exige --db</translation>
    </message>
    <message>
        <source>warning: the password in --db is visible to other users of this computer; use PGPASSFILE, TARGO_DB_PASSWORD or --db-keychain instead</source>
        <translation>avertissement&#xa0;: le mot de passe dans --db est visible par les autres utilisateurs de cet ordinateur; utilisez plutôt PGPASSFILE, TARGO_DB_PASSWORD ou --db-keychain</translation>
    </message>
    <message>
        <source>no typo query could be built (empty database?)</source>
        <translation>aucune requête avec fautes n’a pu être construite (base vide&#xa0;?)</translation>
    </message>
    <message>
        <source>typo miss: %1  (wanted %2)</source>
        <translation>faute non retrouvée&#xa0;: %1  (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>≈ close match</source>
        <translation>≈ correspondance proche</translation>
    </message>
    <message>
        <source>bench audit needs customers (run demo seed first).</source>
        <translation>bench audit a besoin de clients (lancez d’abord demo seed).</translation>
    </message>
    <message>
        <source>
Staff accounts (one database login per person, in one group):
  staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] [--password-stdin]
                                a login with a temporary password (printed once, or read from
                                standard input), to be changed at the first login
  staff list [--json]           staff members and the state of their logins
  staff set-group LOGIN GROUP   move a staff member to another group
  staff deactivate LOGIN        no more logins, sessions ended, history kept
  staff reset-password LOGIN [--password-stdin]
                                a new temporary password (printed once)
</source>
        <translation>
Comptes du personnel (un identifiant de base de données par personne, dans un seul groupe) :
  staff add IDENTIFIANT --group dispatcher|billing|manager|admin --name NOM [--email C] [--password-stdin]
                                un identifiant avec un mot de passe temporaire (affiché une fois,
                                ou lu sur l’entrée standard), à changer à la première connexion
  staff list [--json]           les membres du personnel et l’état de leurs identifiants
  staff set-group IDENTIFIANT GROUPE
                                déplacer un membre du personnel dans un autre groupe
  staff deactivate IDENTIFIANT  plus de connexion, sessions fermées, historique conservé
  staff reset-password IDENTIFIANT [--password-stdin]
                                un nouveau mot de passe temporaire (affiché une fois)
</translation>
    </message>
    <message>
        <source>The password given on standard input is temporary: valid 7 days, to be changed at the first login.</source>
        <translation>Le mot de passe fourni sur l’entrée standard est temporaire : valide 7 jours, à changer à la première connexion.</translation>
    </message>
    <message>
        <source>Temporary password (shown only now; valid 7 days, to be changed at the first login):</source>
        <translation>Mot de passe temporaire (affiché seulement maintenant; valide 7 jours, à changer à la première connexion) :</translation>
    </message>
    <message>
        <source>usage: staff add LOGIN --group dispatcher|billing|manager|admin --name NAME [--email E] [--password-stdin]</source>
        <translation>usage : staff add IDENTIFIANT --group dispatcher|billing|manager|admin --name NOM [--email COURRIEL] [--password-stdin]</translation>
    </message>
    <message>
        <source>Created the login %1 (%2).</source>
        <translation>Identifiant %1 créé (%2).</translation>
    </message>
    <message>
        <source>usage: staff reset-password LOGIN [--password-stdin]</source>
        <translation>usage : staff reset-password IDENTIFIANT [--password-stdin]</translation>
    </message>
    <message>
        <source>New password for %1.</source>
        <translation>Nouveau mot de passe pour %1.</translation>
    </message>
    <message>
        <source>usage: staff list [--json]</source>
        <translation>usage : staff list [--json]</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>database superuser</source>
        <translation>superutilisateur de la base</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>aucun identifiant</translation>
    </message>
    <message>
        <source>cannot log in</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>doit changer son mot de passe</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>usage: staff set-group LOGIN dispatcher|billing|manager|admin</source>
        <translation>usage : staff set-group IDENTIFIANT dispatcher|billing|manager|admin</translation>
    </message>
    <message>
        <source>%1 is now in the group %2.</source>
        <translation>%1 fait maintenant partie du groupe %2.</translation>
    </message>
    <message>
        <source>usage: staff deactivate LOGIN</source>
        <translation>usage : staff deactivate IDENTIFIANT</translation>
    </message>
    <message numerus="yes">
        <source>%1 is deactivated (%n session(s) ended); its history is kept.</source>
        <translation>
            <numerusform>%1 est désactivé (%n session fermée); son historique est conservé.</numerusform>
            <numerusform>%1 est désactivé (%n sessions fermées); son historique est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: staff add|list|set-group|deactivate|reset-password ...</source>
        <translation>usage : staff add|list|set-group|deactivate|reset-password ...</translation>
    </message>
    <message>
        <source>usage: customer export-personal-data CODE --out FILE</source>
        <translation>usage : customer export-personal-data CODE --out FICHIER</translation>
    </message>
    <message>
        <source>customer export-personal-data needs --out FILE</source>
        <translation>customer export-personal-data exige --out FICHIER</translation>
    </message>
    <message>
        <source>customer export-personal-data needs a customer code</source>
        <translation>customer export-personal-data exige un code de client</translation>
    </message>
    <message>
        <source>Personal data of %1 written to %2 (%3 rows in %4 tables)</source>
        <translation>Renseignements personnels de %1 enregistrés dans %2 (%3 lignes dans %4 tables)</translation>
    </message>
    <message>
        <source>
Personal data (Quebec Law 25):
  customer export-personal-data CODE --out FILE
                                everything stored about one customer as a ZIP of CSV + JSON files
                                (RADIUS passwords excluded); the export is recorded in the audit
</source>
        <translation>
Renseignements personnels (Loi 25 du Québec) :
  customer export-personal-data CODE --out FICHIER
                                tout ce qui est conservé sur un client, en archive ZIP de fichiers
                                CSV + JSON (mots de passe RADIUS exclus); l’exportation est consignée
</translation>
    </message>
    <message>
        <source>bench dispatch needs scheduled jobs (run demo seed first).</source>
        <translation>bench dispatch a besoin de travaux planifiés (lancez d&apos;abord demo seed).</translation>
    </message>
    <message>
        <source>No dispatch job has the code %1.</source>
        <translation>Aucun travail de répartition n&apos;a le code %1.</translation>
    </message>
    <message>
        <source>No technician has the code %1.</source>
        <translation>Aucun technicien n&apos;a le code %1.</translation>
    </message>
    <message>
        <source>%1: %2, version %3</source>
        <translation>%1&#xa0;: %2, version %3</translation>
    </message>
    <message>
        <source>refused:</source>
        <translation>refusé&#xa0;:</translation>
    </message>
    <message>
        <source>usage: dispatch board --date YYYY-MM-DD [--json]</source>
        <translation>usage&#xa0;: dispatch board --date AAAA-MM-JJ [--json]</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>congé</translation>
    </message>
    <message>
        <source>Queue: %1 unscheduled jobs</source>
        <translation>File&#xa0;: %1 travaux non planifiés</translation>
    </message>
    <message>
        <source>usage: dispatch check JOB --tech DT-CODE --start ISO8601 [--duration MIN]</source>
        <translation>usage&#xa0;: dispatch check TRAVAIL --tech CODE-DT --start ISO8601 [--duration MIN]</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permis</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>--expect-version takes a positive number.</source>
        <translation>--expect-version prend un nombre positif.</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>Ce travail n&apos;existe plus.</translation>
    </message>
    <message>
        <source>usage: dispatch assign JOB --tech DT-CODE --start ISO8601 [--duration MIN] [--expect-version N]</source>
        <translation>usage&#xa0;: dispatch assign TRAVAIL --tech CODE-DT --start ISO8601 [--duration MIN] [--expect-version N]</translation>
    </message>
    <message>
        <source>usage: dispatch unassign JOB [--expect-version N]</source>
        <translation>usage&#xa0;: dispatch unassign TRAVAIL [--expect-version N]</translation>
    </message>
    <message>
        <source>usage: dispatch status JOB STATUS [--reason TEXT] [--expect-version N] (STATUS: %1)</source>
        <translation>usage&#xa0;: dispatch status TRAVAIL STATUT [--reason TEXTE] [--expect-version N] (STATUT&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%3)  ETA %4: %n min, %5 km from the position of %6.</source>
        <translation>
            <numerusform>%1  %2 (%3)  arrivée prévue %4&#xa0;: %n min, %5&#xa0;km depuis la position de %6.</numerusform>
            <numerusform>%1  %2 (%3)  arrivée prévue %4&#xa0;: %n min, %5&#xa0;km depuis la position de %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window ends at %1.</source>
        <translation>La plage horaire se termine à %1.</translation>
    </message>
    <message>
        <source>SLIPPED: %1</source>
        <translation>EN RETARD&#xa0;: %1</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>Texto&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Ne peut pas être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: dispatch eta JOB [--send] [--expect-version N] [--json]</source>
        <translation>utilisation&#xa0;: dispatch eta INTERVENTION [--send] [--expect-version N] [--json]</translation>
    </message>
    <message>
        <source>Set TARGO_TWILIO_ACCOUNT_SID and TARGO_TWILIO_FROM.</source>
        <translation>Définissez TARGO_TWILIO_ACCOUNT_SID et TARGO_TWILIO_FROM.</translation>
    </message>
    <message>
        <source>SMS to %1 queued (outbox item %2): “%3”. `targo-opsctl worker` or the open application sends it.</source>
        <translation>Texto au %1 mis en file d’envoi (envoi %2)&#xa0;: «&#xa0;%3&#xa0;». `targo-opsctl worker` ou l’application ouverte l’enverra.</translation>
    </message>
    <message>
        <source>
Dispatch (--json on each; a refusal exits with 3 and lists the broken rules: skill, region, shift,
absence, overlap, window, travel, version):
  dispatch board --date YYYY-MM-DD
                                technicians&apos; rows for the day and the unscheduled queue
  dispatch check JOB --tech DT-CODE --start ISO8601 [--duration MIN]
                                whether the slot is allowed, and why not
  dispatch assign JOB --tech DT-CODE --start ISO8601 [--duration MIN] [--expect-version N]
                                place or move a job (times without an offset are Quebec time)
  dispatch unassign JOB [--expect-version N]
                                back to the unscheduled queue
  dispatch status JOB STATUS [--reason TEXT] [--expect-version N]
                                dispatched, en_route, on_site, completed, cancelled (reason required)
  dispatch eta JOB [--send] [--expect-version N]
                                the technician&apos;s ETA from the last position; --send queues the
                                &quot;on my way&quot; SMS to the customer (Twilio, through the outbox)
</source>
        <translation>
Répartition (--json pour chacune&#xa0;; un refus sort avec le code 3 et liste les règles enfreintes&#xa0;: skill,
region, shift, absence, overlap, window, travel, version)&#xa0;:
  dispatch board --date AAAA-MM-JJ
                                les lignes des techniciens pour la journée et la file non planifiée
  dispatch check TRAVAIL --tech CODE-DT --start ISO8601 [--duration MIN]
                                si la plage est permise, et pourquoi sinon
  dispatch assign TRAVAIL --tech CODE-DT --start ISO8601 [--duration MIN] [--expect-version N]
                                placer ou déplacer un travail (sans décalage, heure du Québec)
  dispatch unassign TRAVAIL [--expect-version N]
                                retour dans la file non planifiée
  dispatch status TRAVAIL STATUT [--reason TEXTE] [--expect-version N]
                                dispatched, en_route, on_site, completed, cancelled (raison requise)
  dispatch eta TRAVAIL [--send] [--expect-version N]
                                l&apos;heure d&apos;arrivée prévue du technicien selon sa dernière position&#xa0;;
                                --send met en file le texto «&#xa0;en route&#xa0;» au client (Twilio, par la file d&apos;envoi)
</translation>
    </message>
    <message>
        <source>usage: dispatch board|check|assign|unassign|status|eta|optimize ...</source>
        <translation>usage&#xa0;: dispatch board|check|assign|unassign|status|eta|optimize ...</translation>
    </message>
    <message>
        <source>Plan for %1: %2 changes, %3 jobs placed, %4 left unassigned; driving %5 km, %6 min -&gt; %7 km, %8 min (first plan %9 ms)</source>
        <translation>Plan du %1&#xa0;: %2 changements, %3 travaux placés, %4 non assignés; conduite %5 km, %6 min -&gt; %7 km, %8 min (premier plan %9 ms)</translation>
    </message>
    <message>
        <source>%1 jobs -&gt; %2, %3 km -&gt; %4 km, %5 min -&gt; %6 min</source>
        <translation>%1 travaux -&gt; %2, %3 km -&gt; %4 km, %5 min -&gt; %6 min</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file d&apos;attente</translation>
    </message>
    <message>
        <source>  unassigned %1 (%2): %3</source>
        <translation>  non assigné %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Applied: %1 jobs written.</source>
        <translation>Appliqué&#xa0;: %1 travaux enregistrés.</translation>
    </message>
    <message>
        <source>The period %1 has nothing left to bill: seed the demo data first.</source>
        <translation>La période %1 n’a plus rien à facturer : chargez d’abord les données de démonstration.</translation>
    </message>
    <message>
        <source>Period %1 — preview, nothing written</source>
        <translation>Période %1 — aperçu, rien n’est enregistré</translation>
    </message>
    <message>
        <source>Period %1 — committed (run %2)</source>
        <translation>Période %1 — facturée (facturation %2)</translation>
    </message>
    <message>
        <source>  invoices: %1</source>
        <translation>  factures : %1</translation>
    </message>
    <message>
        <source>  lines: %1 (subscriptions %2, one-time charges %3)</source>
        <translation>  lignes : %1 (abonnements %2, frais ponctuels %3)</translation>
    </message>
    <message>
        <source>  customers already invoiced for the period (skipped): %1</source>
        <translation>  clients déjà facturés pour la période (ignorés) : %1</translation>
    </message>
    <message>
        <source>  subtotal: %1 cents</source>
        <translation>  sous-total : %1 cents</translation>
    </message>
    <message>
        <source>  GST: %1 cents</source>
        <translation>  TPS : %1 cents</translation>
    </message>
    <message>
        <source>  QST: %1 cents</source>
        <translation>  TVQ : %1 cents</translation>
    </message>
    <message>
        <source>  total: %1 cents</source>
        <translation>  total : %1 cents</translation>
    </message>
    <message>
        <source>  invoices %1 to %2</source>
        <translation>  factures %1 à %2</translation>
    </message>
    <message>
        <source>By plan:</source>
        <translation>Par forfait :</translation>
    </message>
    <message>
        <source>one-time charges</source>
        <translation>frais ponctuels</translation>
    </message>
    <message>
        <source>  %1: %2 lines, %3 cents</source>
        <translation>  %1 : %2 lignes, %3 cents</translation>
    </message>
    <message>
        <source>Anomalies:</source>
        <translation>Anomalies :</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>usage: billing run --period YYYY-MM [--preview] [--json]</source>
        <translation>usage : billing run --period AAAA-MM [--preview] [--json]</translation>
    </message>
    <message>
        <source>billing run: step %1 of %2</source>
        <translation>facturation : étape %1 sur %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>usage: billing charge CUST-CODE --amount CENTS --description TEXT [--quantity N] [--tax-exempt] [--json]</source>
        <translation>usage : billing charge CODE-CLIENT --amount CENTS --description TEXTE [--quantity N] [--tax-exempt] [--json]</translation>
    </message>
    <message>
        <source>“%1” is not an amount in cents (for example 4999 or -1500).</source>
        <translation>« %1 » n’est pas un montant en cents (par exemple 4999 ou -1500).</translation>
    </message>
    <message>
        <source>“%1” is not a quantity.</source>
        <translation>« %1 » n’est pas une quantité.</translation>
    </message>
    <message>
        <source>Charge %1 recorded for %2: %3 × %4 cents, billed on the next run.</source>
        <translation>Frais %1 enregistrés pour %2 : %3 × %4 cents, facturés à la prochaine facturation.</translation>
    </message>
    <message>
        <source>
Billing (--json on each; bad input exits with 2, a run the data refuses with 3):
  billing run --period YYYY-MM [--preview]
                                invoice every customer for the month (at most next month): counts and
                                subtotal, GST, QST, total in cents; --preview writes nothing but the
                                preview&apos;s record, and lists the per-plan totals and the anomalies
  billing charge CUST-CODE --amount CENTS --description TEXT [--quantity N] [--tax-exempt]
                                a one-time charge (negative: a credit, which must be --tax-exempt)
                                billed as its own line by the next run
</source>
        <translation>
Facturation (--json sur chacune; une entrée invalide sort avec 2, une facturation que les données refusent avec 3) :
  billing run --period AAAA-MM [--preview]
                                facture chaque client pour le mois (au plus le mois prochain) : nombres et
                                sous-total, TPS, TVQ, total en cents; --preview n’enregistre que la trace de
                                l’aperçu, et liste les totaux par forfait et les anomalies
  billing charge CODE-CLIENT --amount CENTS --description TEXTE [--quantity N] [--tax-exempt]
                                des frais ponctuels (négatifs : un crédit, qui doit être --tax-exempt)
                                facturés sur leur propre ligne à la prochaine facturation
</translation>
    </message>
    <message>
        <source>usage: bench invoice-pdf [--runs N] [--code INV-CODE]</source>
        <translation>utilisation&#xa0;: bench invoice-pdf [--runs N] [--code CODE-INV]</translation>
    </message>
    <message>
        <source>There is no invoice: run `demo seed` first.</source>
        <translation>Il n’y a aucune facture&#xa0;: lancez d’abord `demo seed`.</translation>
    </message>
    <message>
        <source>No invoice has the code %1.</source>
        <translation>Aucune facture n’a le code %1.</translation>
    </message>
    <message>
        <source>usage: billing invoice pdf INV-CODE --out FILE</source>
        <translation>utilisation&#xa0;: billing invoice pdf CODE-INV --out FICHIER</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 enregistrée dans %2</translation>
    </message>
    <message>
        <source>usage: billing invoice pdf INV-CODE --out FILE | credit INV-CODE | void INV-CODE | show INV-CODE</source>
        <translation>utilisation&#xa0;: billing invoice pdf CODE-INV --out FICHIER | credit CODE-INV | void CODE-INV | show CODE-INV</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Credit note %1 corrects %2 (%3 cents).</source>
        <translation>La note de crédit %1 corrige %2 (%3 cents).</translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation>%1 est annulée.</translation>
    </message>
    <message>
        <source>%1  %2  %3  total %4 cents (GST %5, QST %6), paid %7, due %8</source>
        <translation>%1  %2  %3  total %4 cents (TPS %5, TVQ %6), payé %7, échéance %8</translation>
    </message>
    <message>
        <source>e-mail: outbox #%1, %2</source>
        <translation>courriel&#xa0;: envoi no %1, %2</translation>
    </message>
    <message>
        <source>e-mail: not sent</source>
        <translation>courriel&#xa0;: non envoyé</translation>
    </message>
    <message>
        <source>usage: billing send --period YYYY-MM</source>
        <translation>utilisation&#xa0;: billing send --period AAAA-MM</translation>
    </message>
    <message>
        <source>The period %1 is not a month written YYYY-MM (for example 2026-11).</source>
        <translation>La période %1 n’est pas un mois écrit AAAA-MM (par exemple 2026-11).</translation>
    </message>
    <message>
        <source>E-mail is not set up: set TARGO_MAILJET_FROM_EMAIL (Mailjet&apos;s sender address) before sending invoices.</source>
        <translation>Le courriel n’est pas configuré&#xa0;: définissez TARGO_MAILJET_FROM_EMAIL (l’adresse d’expédition Mailjet) avant d’envoyer les factures.</translation>
    </message>
    <message>
        <source>%1 / %2 invoices</source>
        <translation>%1 / %2 factures</translation>
    </message>
    <message>
        <source>%1: %2 invoices, %3 e-mails queued, %4 customers without an e-mail address, %5 already queued</source>
        <translation>%1&#xa0;: %2 factures, %3 courriels mis en file d’envoi, %4 clients sans adresse courriel, %5 déjà en file</translation>
    </message>
    <message>
        <source>
Scheduling benchmark:
  bench vrptw --instances DIR [--seconds S] [--seed N] [--routes]
                                solve the Solomon / Gehring-Homberger files of DIR, S s each (1 by
                                default), vehicles first then distance; gaps to DIR/bks.csv if present
</source>
        <translation>
Banc d&apos;essai de planification :
  bench vrptw --instances DIR [--seconds S] [--seed N] [--routes]
                                résout les fichiers Solomon / Gehring-Homberger de DIR, S s chacun
                                (1 par défaut), véhicules d&apos;abord puis distance; écarts à DIR/bks.csv s&apos;il existe
</translation>
    </message>
    <message>
        <source>%1: the header must name the columns instance, vehicles and distance</source>
        <translation>%1 : l&apos;en-tête doit nommer les colonnes instance, vehicles et distance</translation>
    </message>
    <message>
        <source>%1, line %2: missing columns</source>
        <translation>%1, ligne %2 : colonnes manquantes</translation>
    </message>
    <message>
        <source>%1, line %2: vehicles and distance must be positive numbers</source>
        <translation>%1, ligne %2 : vehicles et distance doivent être des nombres positifs</translation>
    </message>
    <message>
        <source>bench vrptw: unexpected argument %1</source>
        <translation>bench vrptw : argument inattendu %1</translation>
    </message>
    <message>
        <source>bench vrptw needs --instances DIR</source>
        <translation>bench vrptw exige --instances DIR</translation>
    </message>
    <message>
        <source>--seconds must be a number of seconds between 0 and 3600</source>
        <translation>--seconds doit être un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed doit être un nombre entier</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>dossier introuvable : %1</translation>
    </message>
    <message>
        <source>no instance files (*.txt) in %1</source>
        <translation>aucun fichier d&apos;instance (*.txt) dans %1</translation>
    </message>
    <message>
        <source>| instance | vehicles | distance | feasible | seconds | BKS vehicles | BKS distance | gap % |</source>
        <translation>| instance | véhicules | distance | réalisable | secondes | véhicules BKS | distance BKS | écart % |</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 vehicle(s)</source>
        <translation>%1 véhicule(s)</translation>
    </message>
    <message>
        <source>Route %1: %2</source>
        <translation>Tournée %1 : %2</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>%1: the plan is not feasible: %2</source>
        <translation>%1 : le plan n&apos;est pas réalisable : %2</translation>
    </message>
    <message>
        <source>warning: cannot write %1</source>
        <translation>avertissement : impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1: %2 instances, %3 feasible, %4 vehicles, distance %5</source>
        <translation>%1 : %2 instances, %3 réalisables, %4 véhicules, distance %5</translation>
    </message>
    <message>
        <source>; mean gap %1 % on %2 at the best-known vehicle count; mean extra vehicles %3</source>
        <translation>; écart moyen %1 % sur %2 au nombre de véhicules de la meilleure solution connue; véhicules en trop en moyenne %3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>
Receivables (--json on each):
  receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket current|1-30|31-60|61-90|over-90]
                                what customers owe on that date by days late (current, 1-30, 31-60,
                                61-90, over 90): cents, invoices and customers per bucket; with
                                --customers, the N largest debtors (of the bucket)
  bench receivables [--runs N]  the aging report as of today and its over-90 customers
</source>
        <translation>
Comptes clients (--json sur chacune) :
  receivables aging --as-of AAAA-MM-JJ [--customers N] [--bucket current|1-30|31-60|61-90|over-90]
                                ce que les clients doivent à cette date selon le retard (courant, 1-30,
                                31-60, 61-90, plus de 90 jours) : cents, factures et clients par tranche;
                                avec --customers, les N plus gros débiteurs (de la tranche)
  bench receivables [--runs N]  le rapport de vieillissement à aujourd’hui et ses clients à plus de 90 jours
</translation>
    </message>
    <message>
        <source>usage: receivables aging --as-of YYYY-MM-DD [--customers N] [--bucket current|1-30|31-60|61-90|over-90] [--json]</source>
        <translation>usage : receivables aging --as-of AAAA-MM-JJ [--customers N] [--bucket current|1-30|31-60|61-90|over-90] [--json]</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--customers takes a number from 0 to 5000, not “%1”.</source>
        <translation>--customers prend un nombre de 0 à 5000, pas « %1 ».</translation>
    </message>
    <message>
        <source>Receivables as of %1</source>
        <translation>Comptes clients au %1</translation>
    </message>
    <message>
        <source>  %1: %2 cents, %3 invoices, %4 customers</source>
        <translation>  %1&#xa0;: %2 cents, %3 factures, %4 clients</translation>
    </message>
    <message>
        <source>  total: %1 cents, %2 invoices, %3 customers</source>
        <translation>  total&#xa0;: %1 cents, %2 factures, %3 clients</translation>
    </message>
    <message>
        <source>  %1 %2: %3 cents in %4 invoices, oldest due %5</source>
        <translation>  %1 %2&#xa0;: %3 cents sur %4 factures, plus ancienne échéance le %5</translation>
    </message>
    <message>
        <source>usage: receivables aging --as-of YYYY-MM-DD ...</source>
        <translation>usage : receivables aging --as-of AAAA-MM-JJ ...</translation>
    </message>
    <message>
        <source>bench receivables needs open invoices (run demo seed first).</source>
        <translation>bench receivables a besoin de factures ouvertes (lancez d’abord demo seed).</translation>
    </message>
    <message>
        <source>usage: bench invoice-list [--runs N]</source>
        <translation>utilisation&#xa0;: bench invoice-list [--runs N]</translation>
    </message>
    <message>
        <source>walked %1 pages (%2 invoices) in %3 s</source>
        <translation>%1 pages parcourues (%2 factures) en %3 s</translation>
    </message>
    <message>
        <source>
Invoices (PDF in the customer&apos;s language; e-mails through the outbox):
  billing invoice pdf INV-CODE --out FILE
                                the invoice or credit note as a PDF
  billing invoice show INV-CODE the invoice&apos;s totals, taxes and e-mail state
  billing invoice credit INV-CODE
                                a credit note correcting the invoice in full (taxes reversed)
  billing invoice void INV-CODE a draft invoice becomes void
  billing send --period YYYY-MM each invoice of the period e-mailed with its PDF (Mailjet sender:
                                TARGO_MAILJET_FROM_EMAIL); customers without an address are skipped
  bench invoice-pdf [--runs N] [--code INV-CODE]
                                one invoice PDF rendered N times
  bench invoice-list [--runs N] the invoice list&apos;s first and deepest pages
</source>
        <translation>
Factures (PDF dans la langue du client; courriels par la file d’envoi)&#xa0;:
  billing invoice pdf CODE-INV --out FICHIER
                                la facture ou la note de crédit en PDF
  billing invoice show CODE-INV les totaux, les taxes et l’état du courriel de la facture
  billing invoice credit CODE-INV
                                une note de crédit qui corrige toute la facture (taxes renversées)
  billing invoice void CODE-INV un brouillon de facture est annulé
  billing send --period AAAA-MM chaque facture de la période envoyée par courriel avec son PDF
                                (expéditeur Mailjet&#xa0;: TARGO_MAILJET_FROM_EMAIL); les clients sans
                                adresse sont sautés
  bench invoice-pdf [--runs N] [--code CODE-INV]
                                le PDF d’une facture produit N fois
  bench invoice-list [--runs N] la première et la dernière page de la liste des factures
</translation>
    </message>
    <message>
        <source>Travel times: %1</source>
        <translation>Temps de déplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply] [--json] (S: 0 to 600)</source>
        <translation>usage&#xa0;: dispatch optimize --date AAAA-MM-JJ [--seconds S] [--travel straight|osrm|FICHIER] [--apply] [--json] (S&#xa0;: 0 à 600)</translation>
    </message>
    <message>
        <source>  dispatch optimize --date YYYY-MM-DD [--seconds S] [--travel straight|osrm|FILE] [--apply]
                                the day optimizer: the proposed changes (default 2 s of solving);
                                --travel: straight line, the routing server (TARGO_OSRM_BASE_URL) or
                                a matrix file (default TARGO_TRAVEL_SOURCE, else straight);
                                --apply writes them in one transaction (exit 3 when the board changed
                                meanwhile or a rule refuses)
</source>
        <translation>  dispatch optimize --date AAAA-MM-JJ [--seconds S] [--travel straight|osrm|FICHIER] [--apply]
                                l&apos;optimiseur de journée&#xa0;: les changements proposés (2 s de calcul par
                                défaut); --travel&#xa0;: ligne droite, le serveur de routage
                                (TARGO_OSRM_BASE_URL) ou un fichier de matrice (par défaut
                                TARGO_TRAVEL_SOURCE, sinon straight); --apply les enregistre en une
                                transaction (code 3 si le tableau a changé entre-temps ou si une règle
                                refuse)
</translation>
    </message>
    <message>
        <source>usage: billing items [--json]</source>
        <translation>usage : billing items [--json]</translation>
    </message>
    <message>
        <source>  then %1 cents from %2</source>
        <translation>  puis %1 cents à compter du %2</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (inactif)</translation>
    </message>
    <message>
        <source>usage: billing run|charge|items ...</source>
        <translation>usage : billing run|charge|items ...</translation>
    </message>
    <message>
        <source>  billing items                 the plans and products, their price and a change scheduled for next month
</source>
        <translation>  billing items                 les forfaits et produits, leur prix et un changement prévu le mois prochain
</translation>
    </message>
    <message>
        <source>  %1: %2 cents</source>
        <translation>  %1 : %2 cents</translation>
    </message>
    <message>
        <source>  customer&apos;s credit: %1 cents; balance: %2 cents</source>
        <translation>  crédit du client : %1 cents; solde : %2 cents</translation>
    </message>
    <message>
        <source>usage: payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R] [--date YYYY-MM-DD] [--json]</source>
        <translation>usage : payments add CODE-CLIENT --amount CENTS --method cash|cheque|etransfer [--reference R] [--date AAAA-MM-JJ] [--json]</translation>
    </message>
    <message>
        <source>“%1” is not an amount in cents (for example 4999).</source>
        <translation>« %1 » n’est pas un montant en cents (par exemple 4999).</translation>
    </message>
    <message>
        <source>Payment %1 recorded for %2: %3 cents (%4).</source>
        <translation>Paiement %1 enregistré pour %2 : %3 cents (%4).</translation>
    </message>
    <message>
        <source>usage: payments reverse PAY-CODE --reason TEXT [--json]</source>
        <translation>usage : payments reverse CODE-PAIEMENT --reason TEXTE [--json]</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>Il n’y a pas de paiement %1.</translation>
    </message>
    <message>
        <source>Payment %1 reversed; invoices re-opened:</source>
        <translation>Paiement %1 annulé; factures rouvertes :</translation>
    </message>
    <message>
        <source>usage: billing verify [--json]</source>
        <translation>usage : billing verify [--json]</translation>
    </message>
    <message>
        <source>%1 customers checked in %2 ms: %3 balance differences.</source>
        <translation>%1 clients vérifiés en %2 ms : %3 écarts de solde.</translation>
    </message>
    <message>
        <source>  %1: balance %2 cents, expected %3 cents</source>
        <translation>  %1 : solde %2 cents, attendu %3 cents</translation>
    </message>
    <message>
        <source>Invoices whose paid amount or status disagrees with their allocations: %1; over-allocated invoices: %2; over-allocated or not-succeeded payments with allocations: %3.</source>
        <translation>Factures dont le montant payé ou le statut ne concorde pas avec leurs imputations : %1; factures surimputées : %2; paiements surimputés ou non reçus avec des imputations : %3.</translation>
    </message>
    <message>
        <source>No customer has open invoices: seed the demo data first.</source>
        <translation>Aucun client n’a de facture à payer : chargez d’abord les données de démonstration.</translation>
    </message>
    <message>
        <source>indexing ticket messages</source>
        <translation>indexation des messages des billets</translation>
    </message>
    <message>
        <source>Stripe is not configured: %1 Set %2.</source>
        <translation>Stripe n’est pas configuré : %1 Définissez %2.</translation>
    </message>
    <message>
        <source>usage: payments ppa-run --date YYYY-MM-DD [--json]</source>
        <translation>usage : payments ppa-run --date AAAA-MM-JJ [--json]</translation>
    </message>
    <message>
        <source>PPA run %1 of %2: %3 invoices (%4 resent), %5 cents requested; %6 succeeded, %7 pending at the bank, %8 failed, %9 skipped (held by another run).</source>
        <translation>Passage PPA %1 du %2 : %3 factures (%4 renvoyées), %5 cents demandés; %6 réussis, %7 en attente à la banque, %8 refusés, %9 sautées (prises par un autre passage).</translation>
    </message>
    <message>
        <source>%1 requests in %2 ms (%3 per second, limit %4).</source>
        <translation>%1 requêtes en %2 ms (%3 par seconde, limite %4).</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Le passage s’est arrêté : %1</translation>
    </message>
    <message>
        <source>%1 attempts could not be completed; run it again: they are sent with the same keys, so nothing is charged twice.</source>
        <translation>%1 tentatives n’ont pas pu être menées à terme; relancez le passage : elles sont renvoyées avec les mêmes clés, donc rien n’est prélevé deux fois.</translation>
    </message>
    <message>
        <source>usage: stripe apply-events [--max-pages N] [--json]</source>
        <translation>usage : stripe apply-events [--max-pages N] [--json]</translation>
    </message>
    <message>
        <source>%1 events read: %2 applied, %3 ignored, %4 unmatched, %5 already applied, %6 failed. Cursor: %7.</source>
        <translation>%1 événements lus : %2 appliqués, %3 ignorés, %4 sans correspondance, %5 déjà appliqués, %6 en échec. Curseur : %7.</translation>
    </message>
    <message>
        <source>More events remain: run it again.</source>
        <translation>Il reste des événements : relancez la commande.</translation>
    </message>
    <message>
        <source>--lang takes fr or en, not %1.</source>
        <translation>--lang accepte fr ou en, pas %1.</translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1.</source>
        <translation>Le PDF ne peut pas être écrit dans %1.</translation>
    </message>
    <message>
        <source>usage: payments receipt PAY-CODE --out FILE.pdf [--lang fr|en]</source>
        <translation>usage : payments receipt PAY-CODE --out FICHIER.pdf [--lang fr|en]</translation>
    </message>
    <message>
        <source>No payment has the code %1.</source>
        <translation>Aucun paiement n’a le code %1.</translation>
    </message>
    <message>
        <source>Receipt of %1 written to %2</source>
        <translation>Reçu de %1 écrit dans %2</translation>
    </message>
    <message>
        <source>usage: billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]</source>
        <translation>usage : billing statement CUST-CODE --from AAAA-MM-JJ --to AAAA-MM-JJ --out FICHIER.pdf [--lang fr|en]</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY-MM-DD.</source>
        <translation>%1 n’est pas une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The start (%1) is after the end (%2).</source>
        <translation>Le début (%1) est après la fin (%2).</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>Aucun client n’a le code %1.</translation>
    </message>
    <message>
        <source>Statement of %1 from %2 to %3 written to %4: opening %5 cents, %6 lines, closing %7 cents</source>
        <translation>État de compte de %1 du %2 au %3 écrit dans %4 : ouverture %5 cents, %6 lignes, clôture %7 cents</translation>
    </message>
    <message>
        <source>usage: bench statement [--runs N] [--months M] [--code CUST-CODE]</source>
        <translation>usage : bench statement [--runs N] [--months M] [--code CUST-CODE]</translation>
    </message>
    <message>
        <source>No customer to print: seed the demo data first.</source>
        <translation>Aucun client à imprimer : créez d’abord les données de démonstration.</translation>
    </message>
    <message>
        <source>usage: billing dunning --date YYYY-MM-DD [--preview] [--json]</source>
        <translation>usage : billing dunning --date AAAA-MM-JJ [--preview] [--json]</translation>
    </message>
    <message>
        <source>Dunning of %1 — preview, nothing written</source>
        <translation>Recouvrement du %1 — aperçu, rien n’est écrit</translation>
    </message>
    <message>
        <source>Dunning of %1 — recorded</source>
        <translation>Recouvrement du %1 — enregistré</translation>
    </message>
    <message>
        <source>  %1 %2 %3: %4 cents, %5 days late, %6</source>
        <translation>  %1 %2 %3 : %4 cents, %5 jours de retard, %6</translation>
    </message>
    <message>
        <source>%1 e-mails, %2 SMS, %3 suspension notices, %4 customers suspended, %5 actions skipped (%6 ms)</source>
        <translation>%1 courriels, %2 textos, %3 avis de suspension, %4 clients suspendus, %5 actions sautées (%6 ms)</translation>
    </message>
    <message>
        <source>usage: billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT [--json]</source>
        <translation>usage : billing hold CODE-CLIENT --until AAAA-MM-JJ --reason TEXTE [--json]</translation>
    </message>
    <message>
        <source>No customer %1.</source>
        <translation>Aucun client %1.</translation>
    </message>
    <message>
        <source>Hold %1: %2 is skipped by dunning until %3.</source>
        <translation>Suspension %1 : le recouvrement saute %2 jusqu’au %3.</translation>
    </message>
    <message>
        <source>bench dunning needs late invoices (run demo seed first).</source>
        <translation>bench dunning demande des factures en retard (lancez d’abord demo seed).</translation>
    </message>
    <message>
        <source>
Dunning (--json on each; bad input exits with 2 and writes nothing):
  billing dunning --date YYYY-MM-DD [--preview]
                                the stages reached on that date (reminder e-mail, SMS, suspension
                                notice, suspension), each recorded once per invoice; --preview writes
                                nothing
  billing hold CUST-CODE --until YYYY-MM-DD --reason TEXT
                                dunning skips the customer until that date
  bench dunning [--runs N]      the dunning preview for the whole base (target 2 s, aim 300 ms)
Receipts and statements (PDF in the customer&apos;s language unless --lang; bad input exits with 2):
  payments receipt PAY-CODE --out FILE.pdf [--lang fr|en]
                                the payment&apos;s receipt: invoices paid, credit, balance
  billing statement CUST-CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang fr|en]
                                opening balance, every movement with the running balance, closing
                                balance and the aging of what is open at the end
  bench statement [--runs N] [--months M]
                                a 24-month statement loaded and rendered N times (target 200 ms)
</source>
        <translation>
Recouvrement (--json sur chacune; une entrée invalide sort avec 2 et n’écrit rien) :
  billing dunning --date AAAA-MM-JJ [--preview]
                                les étapes atteintes à cette date (courriel de rappel, texto, avis de
                                suspension, suspension), chacune enregistrée une fois par facture;
                                --preview n’écrit rien
  billing hold CODE-CLIENT --until AAAA-MM-JJ --reason TEXTE
                                le recouvrement saute le client jusqu’à cette date
  bench dunning [--runs N]      l’aperçu du recouvrement pour toute la base (cible 2 s, visée 300 ms)
Reçus et états de compte (PDF dans la langue du client sauf --lang; une entrée invalide sort avec 2) :
  payments receipt PAY-CODE --out FICHIER.pdf [--lang fr|en]
                                le reçu du paiement : factures payées, crédit, solde
  billing statement CUST-CODE --from AAAA-MM-JJ --to AAAA-MM-JJ --out FICHIER.pdf [--lang fr|en]
                                solde d’ouverture, chaque transaction avec le solde courant, solde de
                                clôture et l’âge des montants impayés à la fin
  bench statement [--runs N] [--months M]
                                un état de compte de 24 mois chargé et produit N fois (cible 200 ms)
</translation>
    </message>
    <message>
        <source>
Payments (--json on each; bad input exits with 2 and writes nothing):
  payments add CUST-CODE --amount CENTS --method cash|cheque|etransfer [--reference R]
               [--date YYYY-MM-DD]
                                a manual payment, allocated to the open invoices oldest first; the rest
                                stays as the customer&apos;s credit
  payments reverse PAY-CODE --reason TEXT
                                an NSF cheque: the invoices re-open, the balance comes back (3: already
                                reversed)
  payments allocate PAY-CODE (--oldest-first | --invoice INV-CODE=CENTS [--invoice ...])
                                the payment&apos;s allocation replaced; the rest stays as the customer&apos;s
                                credit (3: reversed, or changed meanwhile)
  payments apply-credit CUST-CODE
                                the customer&apos;s credit applied to its open invoices oldest first
  billing verify                every customer&apos;s balance recomputed (exit 4 when any differs)
  payments ppa-run --date YYYY-MM-DD
                                the PPA run: one Stripe PaymentIntent per due invoice of the PPA
                                customers, never two per invoice (3: attempts left unsent, run again)
  stripe apply-events [--max-pages N]
                                Stripe&apos;s events since the stored cursor applied to payments, each once
  bench payments [--runs N]     payment entry saved with allocation (p95 target 50 ms)
</source>
        <translation>
Paiements (--json sur chacune; une entrée invalide sort avec 2 et n’écrit rien) :
  payments add CODE-CLIENT --amount CENTS --method cash|cheque|etransfer [--reference R]
               [--date AAAA-MM-JJ]
                                un paiement manuel, imputé aux factures à payer, la plus ancienne
                                d’abord; le reste demeure un crédit du client
  payments reverse CODE-PAIEMENT --reason TEXTE
                                un chèque sans provision : les factures sont rouvertes, le solde revient
                                (3 : déjà annulé)
  payments allocate CODE-PAIEMENT (--oldest-first | --invoice CODE-FACTURE=CENTS [--invoice ...])
                                l’imputation du paiement remplacée; le reste demeure un crédit du client
                                (3 : annulé, ou modifié entre-temps)
  payments apply-credit CODE-CLIENT
                                le crédit du client imputé à ses factures à payer, la plus ancienne d’abord
  billing verify                le solde de chaque client recalculé (sortie 4 s’il y a un écart)
  payments ppa-run --date AAAA-MM-JJ
                                le passage des prélèvements (PPA) : un PaymentIntent Stripe par facture
                                échue des clients PPA, jamais deux par facture (3 : des tentatives
                                restent à envoyer, relancez)
  stripe apply-events [--max-pages N]
                                les événements Stripe depuis le curseur enregistré, appliqués aux
                                paiements, chacun une seule fois
  bench payments [--runs N]     saisie d’un paiement avec imputation (cible p95 : 50 ms)
</translation>
    </message>
    <message>
        <source>  payments refund PAY-CODE [--amount CENTS] --reason TEXT
                                a card or debit payment refunded through Stripe, all that is left by
                                default (2: above what is left; 3: not a succeeded Stripe payment)
  stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to R]
                                a link to save a card or a debit mandate, sent through the outbox (the
                                page: TARGO_STRIPE_SETUP_PAGE_URL)
</source>
        <translation>  payments refund CODE-PAIEMENT [--amount CENTS] --reason TEXTE
                                un paiement par carte ou par débit remboursé par Stripe, tout ce qui
                                reste par défaut (2 : plus que ce qui reste; 3 : pas un paiement Stripe
                                réussi)
  stripe setup-link CODE-CLIENT --method card|acss_debit --via email|sms [--to R]
                                un lien pour enregistrer une carte ou une autorisation de débit, envoyé
                                par la file d’envoi (la page : TARGO_STRIPE_SETUP_PAGE_URL)
</translation>
    </message>
    <message>
        <source>usage: payments allocate PAY-CODE (--oldest-first | --invoice INV-CODE=CENTS [--invoice ...]) [--json]</source>
        <translation>usage : payments allocate CODE-PAIEMENT (--oldest-first | --invoice CODE-FACTURE=CENTS [--invoice ...]) [--json]</translation>
    </message>
    <message>
        <source>“%1” is not INV-CODE=CENTS (for example INV-00012=4999).</source>
        <translation>« %1 » n’est pas de la forme CODE-FACTURE=CENTS (par exemple INV-00012=4999).</translation>
    </message>
    <message>
        <source>%1 is not an open invoice of %2.</source>
        <translation>%1 n’est pas une facture à payer de %2.</translation>
    </message>
    <message>
        <source>Payment %1 now allocated:</source>
        <translation>Paiement %1 maintenant imputé :</translation>
    </message>
    <message>
        <source>usage: payments apply-credit CUST-CODE [--json]</source>
        <translation>usage : payments apply-credit CODE-CLIENT [--json]</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Il n’y a pas de client %1.</translation>
    </message>
    <message>
        <source>%1: %2 cents of credit applied; %3 cents of credit left.</source>
        <translation>%1 : %2 cents de crédit appliqués; il reste %3 cents de crédit.</translation>
    </message>
    <message>
        <source>usage: payments refund PAY-CODE [--amount CENTS] --reason TEXT [--json]</source>
        <translation>usage : payments refund CODE-PAIEMENT [--amount CENTS] --reason TEXTE [--json]</translation>
    </message>
    <message>
        <source>The amount of a refund must be above zero.</source>
        <translation>Le montant d’un remboursement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Refund of %1 cents on payment %2: %3 (%4).</source>
        <translation>Remboursement de %1 cents sur le paiement %2 : %3 (%4).</translation>
    </message>
    <message>
        <source>  refunded on the payment: %1 cents; balance: %2 cents</source>
        <translation>  remboursé sur le paiement : %1 cents; solde : %2 cents</translation>
    </message>
    <message>
        <source>usage: payments add|reverse|allocate|apply-credit|refund|ppa-run|receipt ...</source>
        <translation>usage : payments add|reverse|allocate|apply-credit|refund|ppa-run|receipt ...</translation>
    </message>
    <message>
        <source>usage: stripe setup-link CUST-CODE --method card|acss_debit --via email|sms [--to R] [--json]</source>
        <translation>usage : stripe setup-link CODE-CLIENT --method card|acss_debit --via email|sms [--to R] [--json]</translation>
    </message>
    <message>
        <source>Link for %1 (%2) queued to %3 by %4 (outbox row %5).</source>
        <translation>Lien pour %1 (%2) mis en file vers %3 par %4 (ligne %5 de la file d’envoi).</translation>
    </message>
    <message>
        <source>Campaign %1 (%2): %3 sent, %4 failed, %5 skipped, %6 ambiguous, %7 cancelled, %8 pending, %9 queued; %10 per second over the last 10 s.</source>
        <translation>Campagne %1 (%2)&#xa0;: %3 envoyés, %4 en échec, %5 écartés, %6 incertains, %7 annulés, %8 en attente, %9 dans la file&#xa0;; %10 par seconde sur les 10 dernières secondes.</translation>
    </message>
    <message>
        <source>usage: campaign send CODE [--wait] [--json]</source>
        <translation>utilisation&#xa0;: campaign send CODE [--wait] [--json]</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent: %2 recipient(s) queued. `targo-opsctl worker` (or the open application) sends them and continues the campaign.</source>
        <translation>La campagne %1 est en cours d’envoi&#xa0;: %2 destinataire(s) dans la file. `targo-opsctl worker` (ou l’application ouverte) les envoie et poursuit la campagne.</translation>
    </message>
    <message>
        <source>usage: campaign pause|resume|cancel CODE</source>
        <translation>utilisation&#xa0;: campaign pause|resume|cancel CODE</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 cancelled: %n recipient(s) will not be sent.</source>
        <translation>
            <numerusform>Campagne %1 annulée&#xa0;: %n destinataire ne recevra pas le message.</numerusform>
            <numerusform>Campagne %1 annulée&#xa0;: %n destinataires ne recevront pas le message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1 paused: the messages already queued finish, no new ones start.</source>
        <translation>Campagne %1 en pause&#xa0;: les messages déjà dans la file se terminent, aucun nouveau ne part.</translation>
    </message>
    <message>
        <source>Campaign %1 resumed.</source>
        <translation>La campagne %1 reprend.</translation>
    </message>
    <message>
        <source>usage: campaign resend CODE (--recipient ADDR | --all-failed)</source>
        <translation>utilisation&#xa0;: campaign resend CODE (--recipient ADRESSE | --all-failed)</translation>
    </message>
    <message numerus="yes">
        <source>%n failed recipient(s) of campaign %1 will be sent again (`campaign send %1 --wait` or the worker).</source>
        <translation>
            <numerusform>%n destinataire en échec de la campagne %1 sera relancé (`campaign send %1 --wait` ou le worker).</numerusform>
            <numerusform>%n destinataires en échec de la campagne %1 seront relancés (`campaign send %1 --wait` ou le worker).</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: campaign decide CODE --recipient ADDR (--sent | --resend)</source>
        <translation>utilisation&#xa0;: campaign decide CODE --recipient ADRESSE (--sent | --resend)</translation>
    </message>
    <message>
        <source>%1 is recorded as sent.</source>
        <translation>%1 est inscrit comme envoyé.</translation>
    </message>
    <message>
        <source>%1 will be sent again.</source>
        <translation>%1 sera renvoyé.</translation>
    </message>
    <message>
        <source>usage: campaign status CODE [--json]</source>
        <translation>utilisation&#xa0;: campaign status CODE [--json]</translation>
    </message>
    <message>
        <source>usage: campaign report CODE --out FILE.csv</source>
        <translation>utilisation&#xa0;: campaign report CODE --out FICHIER.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1.</source>
        <translation>
            <numerusform>%n destinataire écrit dans %1.</numerusform>
            <numerusform>%n destinataires écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: campaign send|pause|resume|cancel|resend|decide|status|report CODE ...</source>
        <translation>utilisation&#xa0;: campaign send|pause|resume|cancel|resend|decide|status|report CODE ...</translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation>Campagnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>building search indexes</source>
        <translation>construction des index de recherche</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB</source>
        <translation>%1 dépasse %2 Ko</translation>
    </message>
    <message numerus="yes">
        <source>SMS (%1): %n segment(s), %2, %3 units</source>
        <translation>
            <numerusform>Texto (%1) : %n segment, %2, %3 unités</numerusform>
            <numerusform>Texto (%1) : %n segments, %2, %3 unités</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: campaign create --name N --channel email|sms --classification transactional|commercial --template-fr FILE --template-en FILE [--subject-fr S --subject-en S] (--segment JSON | --csv FILE) [--json]</source>
        <translation>usage : campaign create --name N --channel email|sms --classification transactional|commercial --template-fr FICHIER --template-en FICHIER [--subject-fr S --subject-en S] (--segment JSON | --csv FICHIER) [--json]</translation>
    </message>
    <message>
        <source>--channel is email or sms, not “%1”.</source>
        <translation>--channel vaut email ou sms, pas « %1 ».</translation>
    </message>
    <message>
        <source>--classification is transactional or commercial, not “%1”.</source>
        <translation>--classification vaut transactional ou commercial, pas « %1 ».</translation>
    </message>
    <message>
        <source>Campaign %1: %2 recipients, %3 skipped (CASL)</source>
        <translation>Campagne %1 : %2 destinataires, %3 écartés (LCAP)</translation>
    </message>
    <message>
        <source>  line %1 (%2): %3</source>
        <translation>  ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>usage: campaign preview CODE [--recipient ADDR] [--json]</source>
        <translation>usage : campaign preview CODE [--recipient ADRESSE] [--json]</translation>
    </message>
    <message>
        <source>%1 — no recipient yet: a sample recipient (fr)</source>
        <translation>%1 — aucun destinataire pour l&apos;instant : un destinataire fictif (fr)</translation>
    </message>
    <message>
        <source>%1 — to %2 (%3, %4)</source>
        <translation>%1 — à %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>List-Unsubscribe: &lt;%1&gt;</source>
        <translation>List-Unsubscribe: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>usage: campaign list [--json]</source>
        <translation>usage : campaign list [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3/%4  %5 recipients (%6 skipped, %7 sent, %8 failed)  %9</source>
        <translation>%1  %2  %3/%4  %5 destinataires (%6 écartés, %7 envoyés, %8 en échec)  %9</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>Aucune campagne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>usage: campaign create|preview|list ... (targo-opsctl help)</source>
        <translation>usage : campaign create|preview|list ... (targo-opsctl help)</translation>
    </message>
    <message>
        <source>bench campaign-segment needs customers (run demo seed first).</source>
        <translation>bench campaign-segment a besoin de clients (lancez d&apos;abord demo seed).</translation>
    </message>
    <message>
        <source>
Campaigns (docs/campaigns.md; --json on each; bad input exits with 2 and writes nothing):
  campaign create --name N --channel email|sms --classification transactional|commercial
                  --template-fr FILE --template-en FILE [--subject-fr S --subject-en S]
                  (--segment JSON | --csv FILE)
                                a campaign and its recipients, deduplicated by address; CASL skips
                                commercial ones without consent (with the reason); prints the code,
                                the counts and the CSV&apos;s rejected lines (commercial e-mail: the
                                unsubscribe page TARGO_CAMPAIGN_UNSUBSCRIBE_URL)
  campaign preview CODE [--recipient ADDR]
                                one recipient&apos;s message in their language (SMS: its segments)
  campaign list                 campaigns, newest first, with their recipients&apos; counts
  bench campaign-segment [--runs N]
                                segment counts while a filter is edited (p95 target 100 ms)
</source>
        <translation>
Campagnes (docs/campaigns.md; --json sur chacune; une entrée invalide sort avec 2 et n&apos;écrit rien) :
  campaign create --name N --channel email|sms --classification transactional|commercial
                  --template-fr FICHIER --template-en FICHIER [--subject-fr S --subject-en S]
                  (--segment JSON | --csv FICHIER)
                                une campagne et ses destinataires, dédoublonnés par adresse; la LCAP
                                écarte les commerciaux sans consentement (avec la raison); affiche le
                                code, les nombres et les lignes refusées du CSV (courriel commercial :
                                la page de désabonnement TARGO_CAMPAIGN_UNSUBSCRIBE_URL)
  campaign preview CODE [--recipient ADRESSE]
                                le message d&apos;un destinataire dans sa langue (texto : ses segments)
  campaign list                 les campagnes, les plus récentes d&apos;abord, avec leurs destinataires
  bench campaign-segment [--runs N]
                                nombres du segment pendant qu&apos;un filtre est modifié (cible p95 100 ms)
</translation>
    </message>
    <message>
        <source>usage: inbound pull [--json]</source>
        <translation>usage&#xa0;: inbound pull [--json]</translation>
    </message>
    <message>
        <source>Neither Mailjet nor Twilio is configured: set %1 or %2.</source>
        <translation>Ni Mailjet ni Twilio n’est configuré&#xa0;: définissez %1 ou %2.</translation>
    </message>
    <message>
        <source>Unsubscribes: %1 from Mailjet, %2 from Twilio (STOP); %3 START requests kept. SMS: %4 threaded onto open tickets, %5 new tickets, %6 from unknown numbers; %7 already known.</source>
        <translation>Désabonnements&#xa0;: %1 de Mailjet, %2 de Twilio (STOP); %3 demandes START conservées. Textos&#xa0;: %4 ajoutés à des billets ouverts, %5 nouveaux billets, %6 de numéros inconnus; %7 déjà connus.</translation>
    </message>
    <message>
        <source>  inbound pull                  unsubscribes from Mailjet and Twilio (STOP) into the consent ledger,
                                customers&apos; SMS answers threaded onto their tickets (also in worker)
</source>
        <translation>  inbound pull                  les désabonnements de Mailjet et de Twilio (STOP) dans le registre des
                                consentements, les réponses des clients par texto ajoutées à leurs billets
                                (aussi dans worker)
</translation>
    </message>
    <message>
        <source>usage: cpe sync [--full] [--page N] [--serial SERIAL] [--json]</source>
        <translation>utilisation : cpe sync [--full] [--page N] [--serial SÉRIE] [--json]</translation>
    </message>
    <message>
        <source>CPE sync (%1): %2 device(s) read from GenieACS in %3 s: %4 new, %5 changed, %6 unchanged; %7 match none of our equipment.</source>
        <translation>Synchronisation des modems (%1) : %2 appareil(s) lus dans GenieACS en %3 s : %4 nouveaux, %5 modifiés, %6 inchangés; %7 ne correspondent à aucun de nos équipements.</translation>
    </message>
    <message>
        <source>since the last sync</source>
        <translation>depuis la dernière synchronisation</translation>
    </message>
    <message>
        <source>all devices</source>
        <translation>tous les appareils</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) had an unusable id and were not stored.</source>
        <translation>
            <numerusform>%n appareil avait un identifiant inutilisable et n’a pas été enregistré.</numerusform>
            <numerusform>%n appareils avaient un identifiant inutilisable et n’ont pas été enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: outage scan [--all] [--silent-minutes N] [--threshold PERCENT] [--min LOCATIONS] [--json]</source>
        <translation>utilisation : outage scan [--all] [--silent-minutes N] [--threshold POURCENT] [--min ADRESSES] [--json]</translation>
    </message>
    <message>
        <source>%1 port(s) scanned, %2 flagged.</source>
        <translation>%1 port(s) analysé(s), %2 signalé(s).</translation>
    </message>
    <message>
        <source>%1  %2  %3/%4 silent (%5 %), %6 customer(s), since %7%8</source>
        <translation>%1  %2  %3/%4 muets (%5 %), %6 client(s), depuis %7%8</translation>
    </message>
    <message>
        <source>, outage ticket %1</source>
        <translation>, billet de panne %1</translation>
    </message>
    <message>
        <source>usage: outage open OLT:PORT [--force] [--silent-minutes N] [--json]</source>
        <translation>utilisation : outage open OLT:PORT [--force] [--silent-minutes N] [--json]</translation>
    </message>
    <message>
        <source>Outage opened on %1: parent ticket %2.</source>
        <translation>Panne ouverte sur %1 : billet parent %2.</translation>
    </message>
    <message>
        <source>The outage of %1 was already open: parent ticket %2.</source>
        <translation>La panne de %1 était déjà ouverte : billet parent %2.</translation>
    </message>
    <message>
        <source>%1 child ticket(s) created, %2 in all.</source>
        <translation>%1 billet(s) enfant(s) créé(s), %2 en tout.</translation>
    </message>
    <message>
        <source>No SMS campaign was drafted: %1</source>
        <translation>Aucune campagne texto n’a été préparée : %1</translation>
    </message>
    <message>
        <source>Draft SMS campaign %1 to %2 recipient(s): review it, then `targo-opsctl campaign send %1`.</source>
        <translation>Campagne texto %1 en brouillon pour %2 destinataire(s) : relisez-la, puis `targo-opsctl campaign send %1`.</translation>
    </message>
    <message>
        <source>usage: outage close OLT:PORT --message TEXT [--json]</source>
        <translation>utilisation : outage close OLT:PORT --message TEXTE [--json]</translation>
    </message>
    <message>
        <source>Outage of %1 closed: %2 ticket(s) closed with the recovery note.</source>
        <translation>Panne de %1 fermée : %2 billet(s) fermé(s) avec la note de rétablissement.</translation>
    </message>
    <message>
        <source>Draft recovery SMS campaign %1 to %2 recipient(s).</source>
        <translation>Campagne texto de rétablissement %1 en brouillon pour %2 destinataire(s).</translation>
    </message>
    <message>
        <source>usage: outage scan|open|close ...</source>
        <translation>utilisation : outage scan|open|close ...</translation>
    </message>
    <message numerus="yes">
        <source>CPE status synced from GenieACS every %n minute(s).</source>
        <translation>
            <numerusform>État des modems synchronisé depuis GenieACS toutes les %n minute.</numerusform>
            <numerusform>État des modems synchronisé depuis GenieACS toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cpe wifi SERIAL --ssid NAME [--password-stdin]</source>
        <translation>utilisation : cpe wifi SÉRIE --ssid NOM [--password-stdin]</translation>
    </message>
    <message>
        <source>usage: cpe show SERIAL | cpe task SERIAL refresh|reboot | cpe wifi SERIAL --ssid NAME [--password-stdin] | cpe sync [--full]</source>
        <translation>utilisation : cpe show SÉRIE | cpe task SÉRIE refresh|reboot | cpe wifi SÉRIE --ssid NOM [--password-stdin] | cpe sync [--full]</translation>
    </message>
    <message>
        <source>usage: tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]</source>
        <translation>utilisation&#xa0;: tickets reply CODE --channel email|sms|portal|note --body-file FICHIER [--to ADRESSE]</translation>
    </message>
    <message>
        <source>tickets reply needs --channel email, sms, portal or note</source>
        <translation>tickets reply exige --channel email, sms, portal ou note</translation>
    </message>
    <message>
        <source>tickets reply needs --body-file FILE</source>
        <translation>tickets reply exige --body-file FICHIER</translation>
    </message>
    <message>
        <source>--to is for e-mail and SMS replies</source>
        <translation>--to sert aux réponses par courriel et par texto</translation>
    </message>
    <message>
        <source>%1: reply %2 queued to %3 (outbox %4)</source>
        <translation>%1&#xa0;: réponse %2 mise en file pour %3 (boîte d’envoi %4)</translation>
    </message>
    <message>
        <source>%1: message %2 added</source>
        <translation>%1&#xa0;: message %2 ajouté</translation>
    </message>
    <message>
        <source>usage: tickets export --out FILE [filters] | tickets reply CODE --channel C --body-file F</source>
        <translation>utilisation&#xa0;: tickets export --out FICHIER [filtres] | tickets reply CODE --channel C --body-file F</translation>
    </message>
    <message>
        <source>%1 position(s) outside a technician&apos;s shift not kept.</source>
        <translation>%1 position(s) hors du quart d’un technicien non conservée(s).</translation>
    </message>
    <message>
        <source>usage: gps notice [--lang fr|en]</source>
        <translation>utilisation&#xa0;: gps notice [--lang fr|en]</translation>
    </message>
    <message>
        <source>usage: gps positions [--device ID] [--no-store] [--retention-days N] | gps follow | gps notice</source>
        <translation>utilisation&#xa0;: gps positions [--device ID] [--no-store] [--retention-days N] | gps follow | gps notice</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>Dry run (nothing kept), run %1</source>
        <translation>Essai à blanc (rien n’est conservé), passe %1</translation>
    </message>
    <message>
        <source>Import run %1%2</source>
        <translation>Importation, passe %1%2</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (reprise)</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveaux</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>supprimés dans ERPNext</translation>
    </message>
    <message>
        <source>%1 skipped: the site has no such doctype</source>
        <translation>%1 sauté : le site n’a pas ce type de document</translation>
    </message>
    <message numerus="yes">
        <source>Validation report: %n line(s)</source>
        <translation>
            <numerusform>Rapport de validation : %n ligne</numerusform>
            <numerusform>Rapport de validation : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... (all of them with --report FILE.csv)</source>
        <translation>  ... (toutes avec --report FICHIER.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation (ERPNext / Targo Ops): %n difference(s)</source>
        <translation>
            <numerusform>Rapprochement (ERPNext / Targo Ops) : %n écart</numerusform>
            <numerusform>Rapprochement (ERPNext / Targo Ops) : %n écarts</numerusform>
        </translation>
    </message>
    <message>
        <source>  &lt;- differs</source>
        <translation>  &lt;- diffère</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <source>usage: import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] [--report FILE.csv]</source>
        <translation>utilisation : import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FICHIER] [--report FICHIER.csv]</translation>
    </message>
    <message>
        <source>import erpnext needs --from CONNINFO (the ERPNext site&apos;s PostgreSQL database)</source>
        <translation>import erpnext exige --from CONNINFO (la base PostgreSQL du site ERPNext)</translation>
    </message>
    <message>
        <source>Checking the ERPNext database against the mapping…</source>
        <translation>Vérification de la base ERPNext selon la correspondance…</translation>
    </message>
    <message>
        <source>%1: %2 rows read</source>
        <translation>%1 : %2 lignes lues</translation>
    </message>
    <message>
        <source>%1: writing</source>
        <translation>%1 : écriture</translation>
    </message>
    <message>
        <source>Reconciling…</source>
        <translation>Rapprochement…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Usage: targo-opsctl [--db CONNINFO | --embedded DIR] [--json] COMMAND ...

Commands:
  db init|start|stop|status     manage the embedded database
  db migrate                    apply pending schema updates
  demo seed [--scale S] [--seed N] [--replace [--confirm-database NAME]] [--today YYYY-MM-DD]
                                load deterministic demo data (--replace on a server: NAME is the
                                database&apos;s name, to confirm)
  search TEXT [--limit N]       search customers, locations, equipment
  bench search --queries FILE [--rounds N] [--typo-queries N] [--seed N]
  bench seed [--scale S] [--runs N]
  bench tickets [--runs N]      ticket list pages (first, deepest, filtered)
  bench dispatch [--runs N]     board load, a drop committed, a move seen by another board
  bench live [--runs N]         a committed change seen by another client (NOTIFY + re-read)
  bench export [--runs N]       CSV export of all tickets (time, peak memory)
  bench audit [--runs N]        customer save with and without the audit trigger
  bench billing [--runs N]      billing run of next month: preview, and committed then undone
  tickets export --out FILE [--status S] [--type T] [--important] [--text T]
                 [--sort created-desc|created-asc|updated-desc] [--separator C] [--max N]
  tickets reply CODE --channel email|sms|portal|note --body-file FILE [--to ADDR]
                                a reply on the ticket; e-mail and SMS go to the customer (outbox)
  outbox list [--status S] [--provider P]
  outbox retry ID|--all-failed  send again (operator decision)
  outbox cancel ID              never send
  worker                        drain the outbox and continue the campaigns being sent until SIGTERM
  campaign send CODE [--wait]   send a campaign (--wait: until done, then the totals)
  campaign pause|resume|cancel CODE
  campaign resend CODE (--recipient ADDR | --all-failed)
  campaign decide CODE --recipient ADDR (--sent | --resend)
                                an ambiguous send: it arrived, or send it again
  campaign status CODE          sent, failed, skipped, ambiguous, rate
  campaign report CODE --out FILE.csv
  integrations check            test each configured service (nothing is sent)
  sms send --to N --body T      send an SMS through the outbox and wait for the outcome
  email send --to A --subject S --text T [--html H]
                                send an e-mail through the outbox and wait for the outcome
  cpe show SERIAL               a CPE&apos;s state in GenieACS (online, firmware, optical power, Wi-Fi)
  cpe task SERIAL refresh|reboot
                                a GenieACS task through the outbox
  cpe wifi SERIAL --ssid NAME [--password-stdin]
                                rename the CPE&apos;s Wi-Fi network (and set its password) through the outbox
  cpe sync [--full] [--serial S] [--json]
                                GenieACS → the CPE status store (incremental after the first run; one device)
  outage scan [--all] [--json]  OLT ports whose CPEs stopped informing (flagged ones; --all: every port)
  outage open OLT:PORT [--force]
                                parent ticket, a child per affected customer, a draft SMS campaign
  outage close OLT:PORT --message TEXT
                                close the outage&apos;s tickets with the recovery note, draft the recovery SMS
  gps positions [--device ID]   latest Traccar positions (stored in shifts only, with retention)
  gps follow [--retention-days N]
                                store live Traccar positions (shifts only) until SIGTERM
  gps notice [--lang fr|en]     the technicians&apos; GPS tracking notice (Law 25)
  stripe events [--peek]        Stripe events since the stored cursor (then moves it)
  import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FILE] [--report FILE.csv]
                                import from an ERPNext site&apos;s database (idempotent, resumable, reconciled)

Services are configured by TARGO_&lt;SERVICE&gt;_* variables (BASE_URL, credentials, RATE_PER_SEC,
CONCURRENCY, CA_FILE), e.g. TARGO_TWILIO_ACCOUNT_SID, TARGO_TWILIO_AUTH_TOKEN, TARGO_TWILIO_FROM.

Options:
  --db CONNINFO    a PostgreSQL server (libpq keyword form or URI)
  --embedded DIR   the embedded cluster folder (default: the app&apos;s own)
  --json           data as JSON on standard output
  --lang fr|en     language of messages
</source>
        <translation>Utilisation&#xa0;: targo-opsctl [--db CONNINFO | --embedded DOSSIER] [--json] COMMANDE ...

Commandes&#xa0;:
  db init|start|stop|status     gérer la base de données intégrée
  db migrate                    appliquer les mises à jour de schéma en attente
  demo seed [--scale S] [--seed N] [--replace [--confirm-database NOM]] [--today AAAA-MM-JJ]
                                charger des données de démonstration déterministes (--replace sur un
                                serveur&#xa0;: NOM est le nom de la base, pour confirmer)
  search TEXTE [--limit N]      rechercher des clients, emplacements, équipements
  bench search --queries FICHIER [--rounds N] [--typo-queries N] [--seed N]
  bench seed [--scale S] [--runs N]
  bench tickets [--runs N]      pages de la liste des billets (première, la plus profonde, filtrée)
  bench dispatch [--runs N]     chargement du tableau, un dépôt confirmé, un déplacement vu par un autre tableau
  bench live [--runs N]         un changement validé vu par un autre client (NOTIFY + relecture)
  bench export [--runs N]       export CSV de tous les billets (durée, mémoire maximale)
  bench audit [--runs N]        enregistrement d’un client avec et sans le déclencheur d’audit
  bench billing [--runs N]      facturation du mois prochain : aperçu, puis validée et retirée
  tickets export --out FICHIER [--status S] [--type T] [--important] [--text T]
                 [--sort created-desc|created-asc|updated-desc] [--separator C] [--max N]
  tickets reply CODE --channel email|sms|portal|note --body-file FICHIER [--to ADRESSE]
                                une réponse au billet; courriel et texto partent au client (boîte d’envoi)
  outbox list [--status S] [--provider P]
  outbox retry ID|--all-failed  renvoyer (décision de l’opérateur)
  outbox cancel ID              ne jamais envoyer
  worker                        vider la file d’envoi et poursuivre les campagnes en cours jusqu’à SIGTERM
  campaign send CODE [--wait]   envoyer une campagne (--wait&#xa0;: jusqu’à la fin, puis les totaux)
  campaign pause|resume|cancel CODE
  campaign resend CODE (--recipient ADRESSE | --all-failed)
  campaign decide CODE --recipient ADRESSE (--sent | --resend)
                                un envoi incertain&#xa0;: il est arrivé, ou le renvoyer
  campaign status CODE          envoyés, en échec, écartés, incertains, débit
  campaign report CODE --out FICHIER.csv
  integrations check            tester chaque service configuré (rien n’est envoyé)
  sms send --to N --body T      envoyer un texto par la file d’envoi et attendre le résultat
  email send --to A --subject S --text T [--html H]
                                envoyer un courriel par la file d’envoi et attendre le résultat
  cpe show SÉRIE                l’état d’un CPE dans GenieACS (en ligne, micrologiciel, puissance optique, Wi-Fi)
  cpe task SÉRIE refresh|reboot
                                une tâche GenieACS par la file d’envoi
  cpe wifi SÉRIE --ssid NOM [--password-stdin]
                                renommer le réseau Wi-Fi du modem (et changer son mot de passe) par la file d’envoi
  cpe sync [--full] [--serial S] [--json]
                                GenieACS → l’état des modems (incrémental après la première fois; un appareil)
  outage scan [--all] [--json]  ports d’OLT dont les modems ont cessé de répondre (signalés; --all : tous)
  outage open OLT:PORT [--force]
                                billet parent, un billet enfant par client touché, une campagne texto en brouillon
  outage close OLT:PORT --message TEXTE
                                fermer les billets de la panne avec la note de rétablissement, texto en brouillon
  gps positions [--device ID]   dernières positions Traccar (enregistrées pendant les quarts seulement, avec
                                rétention)
  gps follow [--retention-days N]
                                enregistrer les positions Traccar en direct (quarts seulement) jusqu’à SIGTERM
  gps notice [--lang fr|en]     l’avis de localisation GPS aux techniciens (Loi 25)
  import erpnext --from CONNINFO [--dry-run] [--json] [--mapping FICHIER] [--report FICHIER.csv]
                                importer depuis la base de données d’un site ERPNext (idempotent, reprenable, rapproché)
  stripe events [--peek]        événements Stripe depuis la position enregistrée (puis la déplace)

Les services se configurent par les variables TARGO_&lt;SERVICE&gt;_* (BASE_URL, identifiants, RATE_PER_SEC,
CONCURRENCY, CA_FILE), p.&#xa0;ex. TARGO_TWILIO_ACCOUNT_SID, TARGO_TWILIO_AUTH_TOKEN, TARGO_TWILIO_FROM.

Options&#xa0;:
  --db CONNINFO       un serveur PostgreSQL (forme par mots-clés libpq ou URI)
  --embedded DOSSIER  le dossier de la grappe intégrée (par défaut&#xa0;: celui de l’application)
  --json              les données en JSON sur la sortie standard
  --lang fr|en        langue des messages
</translation>
    </message>
    <message>
        <source>the embedded database&apos;s password is unavailable: %1</source>
        <translation>le mot de passe de la base de données intégrée n’est pas disponible&#xa0;: %1</translation>
    </message>
</context>
</TS>
