<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
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
        <source>Service locations (%1)</source>
        <translation>Emplacements de service (%1)</translation>
    </message>
    <message>
        <source>Subscriptions (%1)</source>
        <translation>Abonnements (%1)</translation>
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
        <source>Use the embedded database cluster in &lt;dir&gt;.</source>
        <translation>Utilise la grappe de base de données intégrée située dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>A targo:// link to open, e.g. targo://customer/CUST-00042.</source>
        <translation>Un lien targo:// à ouvrir, p. ex. targo://customer/CUST-00042.</translation>
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
    <name>Spinner</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
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
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
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
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n’est pas autorisé à faire cette opération.</translation>
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
</context>
<context>
    <name>ops::tickets</name>
    <message>
        <source>Unknown ticket status: %1</source>
        <translation>Statut de billet inconnu&#xa0;: %1</translation>
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
        <source>usage: demo seed [--scale S] [--seed N] [--replace] [--today YYYY-MM-DD]</source>
        <translation>utilisation&#xa0;: demo seed [--scale S] [--seed N] [--replace] [--today AAAA-MM-JJ]</translation>
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
        <source>Usage: targo-opsctl [--db CONNINFO | --embedded DIR] [--json] COMMAND ...

Commands:
  db init|start|stop|status     manage the embedded database
  db migrate                    apply pending schema updates
  demo seed [--scale S] [--seed N] [--replace] [--today YYYY-MM-DD]
                                load deterministic demo data
  search TEXT [--limit N]       search customers, locations, equipment
  bench search --queries FILE [--rounds N]
  bench seed [--scale S] [--runs N]
  bench tickets [--runs N]      ticket list pages (first, deepest, filtered)
  bench live [--runs N]         a committed change seen by another client (NOTIFY + re-read)
  outbox list [--status S] [--provider P]
  outbox retry ID|--all-failed  send again (operator decision)
  outbox cancel ID              never send
  worker                        drain the outbox until SIGTERM

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
  demo seed [--scale S] [--seed N] [--replace] [--today AAAA-MM-JJ]
                                charger des données de démonstration déterministes
  search TEXTE [--limit N]      rechercher des clients, emplacements, équipements
  bench search --queries FICHIER [--rounds N]
  bench seed [--scale S] [--runs N]
  bench tickets [--runs N]      pages de la liste des billets (première, la plus profonde, filtrée)
  bench live [--runs N]         un changement validé vu par un autre client (NOTIFY + relecture)
  outbox list [--status S] [--provider P]
  outbox retry ID|--all-failed  renvoyer (décision de l’opérateur)
  outbox cancel ID              ne jamais envoyer
  worker                        vider la file d’envoi jusqu’à SIGTERM

Options&#xa0;:
  --db CONNINFO       un serveur PostgreSQL (forme par mots-clés libpq ou URI)
  --embedded DOSSIER  le dossier de la grappe intégrée (par défaut&#xa0;: celui de l’application)
  --json              les données en JSON sur la sortie standard
  --lang fr|en        langue des messages
</translation>
    </message>
</context>
</TS>
