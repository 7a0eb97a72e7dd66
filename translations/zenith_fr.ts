<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>LabCli</name>
    <message>
        <source>%1 is not a usable lab plan:</source>
        <translation>%1 n’est pas un plan de lab utilisable&#xa0;:</translation>
    </message>
    <message>
        <source>The demo cloud cannot start: %1</source>
        <translation>Le cloud de démonstration ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cloud of clouds.yaml, or demo (the built-in simulated cloud).</source>
        <translation>Le cloud de clouds.yaml, ou demo (le cloud simulé intégré).</translation>
    </message>
    <message>
        <source>The lab plan (lab.yaml).</source>
        <translation>Le plan du lab (lab.yaml).</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Afficher un seul document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Change nothing: show what would be created or deleted.</source>
        <translation>Ne rien modifier (simulation)&#xa0;: afficher ce qui serait créé ou supprimé.</translation>
    </message>
    <message>
        <source>Do not wait for (or check) each server&apos;s post-install script.</source>
        <translation>Ne pas attendre (ni vérifier) le script de post-installation de chaque serveur.</translation>
    </message>
    <message>
        <source>Keep the lab&apos;s passwords in memory for this run only.</source>
        <translation>Conserver les mots de passe du lab en mémoire pour cette exécution seulement.</translation>
    </message>
    <message>
        <source>Import this public key as the plan&apos;s key pair if the project lacks it.</source>
        <translation>Importer cette clé publique comme paire de clés du plan si le projet ne l’a pas.</translation>
    </message>
    <message>
        <source>Where the deployment journal is kept.</source>
        <translation>Emplacement du journal de déploiement.</translation>
    </message>
    <message>
        <source>Both --cloud and --config are required.</source>
        <translation>--cloud et --config sont tous deux obligatoires.</translation>
    </message>
    <message>
        <source>Plans, deploys, verifies, snapshots or tears down the OpenStack lab described by a lab.yaml.</source>
        <translation>Planifie, déploie, vérifie, prend un instantané ou démonte le lab OpenStack décrit par un fichier lab.yaml.</translation>
    </message>
    <message>
        <source>plan, deploy, verify, snapshot or teardown</source>
        <translation>plan, deploy, verify, snapshot ou teardown</translation>
    </message>
    <message>
        <source>Usage: zenith lab plan|deploy|verify|snapshot|teardown --cloud NAME --config lab.yaml</source>
        <translation>Utilisation&#xa0;: zenith lab plan|deploy|verify|snapshot|teardown --cloud NOM --config lab.yaml</translation>
    </message>
    <message>
        <source>deploy: submit the lab to Heat as the stack &lt;lab&gt;-stack and follow its events (teardown finds the stack by itself).</source>
        <translation>deploy&#xa0;: soumettre le lab à Heat comme pile &lt;lab&gt;-stack et suivre ses événements (teardown trouve la pile de lui-même).</translation>
    </message>
</context>
<context>
    <name>LabText</name>
    <message>
        <source>cannot be read (%1).</source>
        <translation>impossible à lire (%1).</translation>
    </message>
    <message>
        <source>the lab plan must be a mapping of settings.</source>
        <translation>le plan du lab doit être une suite de paramètres (lignes «&#xa0;clé: valeur&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” must hold settings (key: value lines).</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir des paramètres (lignes «&#xa0;clé: valeur&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is not a lab setting (see the documented lab.yaml).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un paramètre de lab (consultez le lab.yaml documenté).</translation>
    </message>
    <message>
        <source>“%1” must be a %2.</source>
        <extracomment>%1 a setting, %2 &quot;string&quot;, &quot;integer&quot; or &quot;boolean&quot;</extracomment>
        <translation>«&#xa0;%1&#xa0;» doit être de type %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be “%2”: use one of %3.</source>
        <extracomment>%1 a setting, %2 what the file says, %3 the accepted values separated by |</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas valoir «&#xa0;%2&#xa0;»&#xa0;: utilisez l’une des valeurs %3.</translation>
    </message>
    <message>
        <source>not checked: the consoles were not read (--no-wait-ready)</source>
        <translation>non vérifié&#xa0;: les consoles n’ont pas été lues (--no-wait-ready)</translation>
    </message>
    <message>
        <source>not checked: the lab has no domain</source>
        <translation>non vérifié&#xa0;: le lab n’a pas de domaine</translation>
    </message>
    <message>
        <source>not checked: the records are at OVHcloud; check them in the DNS pane</source>
        <translation>non vérifié&#xa0;: les enregistrements sont chez OVHcloud&#xa0;; vérifiez-les dans la section DNS</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation>RAM (Mio)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Volume storage (GB)</source>
        <translation>Stockage des volumes (Go)</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Sous-réseaux</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Groupes de sécurité</translation>
    </message>
    <message>
        <source>Security group rules</source>
        <translation>Règles de groupe de sécurité</translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation>Groupes de serveurs</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for OpenStack clouds.</source>
        <translation>Client de bureau pour les clouds OpenStack.</translation>
    </message>
    <message>
        <source>Serves Zenith&apos;s demo cloud (a simulated OpenStack) on 127.0.0.1.</source>
        <translation>Sert le cloud de démonstration de Zenith (un OpenStack simulé) sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Serve the demo cloud.</source>
        <translation>Servir le cloud de démonstration.</translation>
    </message>
    <message>
        <source>Port to listen on (default: any).</source>
        <translation>Port d’écoute (par défaut&#xa0;: n’importe lequel).</translation>
    </message>
    <message>
        <source>How much faster than real time resources change state.</source>
        <translation>Combien de fois plus vite que le temps réel les ressources changent d’état.</translation>
    </message>
    <message>
        <source>--port wants a number from 0 to 65535.</source>
        <translation>--port attend un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>Zenith demo cloud on %1 (simulated).</source>
        <translation>Cloud de démonstration de Zenith sur %1 (simulé).</translation>
    </message>
    <message>
        <source>Save what follows as clouds.yaml, then: openstack --os-cloud demo server list</source>
        <translation>Enregistrez ce qui suit sous le nom clouds.yaml, puis&#xa0;: openstack --os-cloud demo server list</translation>
    </message>
    <message>
        <source>Open on the built-in demo cloud (simulated).</source>
        <translation>Ouvrir sur le cloud de démonstration intégré (simulé).</translation>
    </message>
    <message>
        <source>Serve the demo cloud without a window (see --help there).</source>
        <translation>Servir le cloud de démonstration sans fenêtre (voir son --help).</translation>
    </message>
    <message>
        <source>Delay every answer (fault).</source>
        <translation>Retarder chaque réponse (panne simulée).</translation>
    </message>
    <message>
        <source>Answer this share of a service&apos;s requests with 503 (fault), e.g. compute=0.1; may be repeated.</source>
        <translation>Répondre 503 à cette part des requêtes d’un service (panne simulée), par ex. compute=0.1&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>Answer the next N requests with 429 and Retry-After (fault).</source>
        <translation>Répondre 429 avec Retry-After aux N prochaines requêtes (panne simulée).</translation>
    </message>
    <message>
        <source>Tokens expire after this many seconds (fault).</source>
        <translation>Les jetons expirent après ce nombre de secondes (panne simulée).</translation>
    </message>
    <message>
        <source>Close this share of connections without an answer (fault).</source>
        <translation>Fermer cette part des connexions sans répondre (panne simulée).</translation>
    </message>
    <message>
        <source>--error-rate wants service=share, the share from 0 to 1: %1</source>
        <translation>--error-rate attend service=part, la part entre 0 et 1&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>zenith::ActivityIndicator</name>
    <message numerus="yes">
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::AddressPairsEditor</name>
    <message>
        <source>Add an address</source>
        <extracomment>Button under the allowed address pairs of a port</extracomment>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Allow any (0.0.0.0/0)</source>
        <extracomment>Button: add the allowed address pair 0.0.0.0/0 (what a NAT gateway needs)</extracomment>
        <translation>Tout autoriser (0.0.0.0/0)</translation>
    </message>
    <message>
        <source>Port security drops packets whose source is not the port&apos;s own address. A NAT gateway forwards other machines&apos; traffic: give its private port the pair 0.0.0.0/0 (the lab&apos;s gateway needs it).</source>
        <translation>La sécurité du port rejette les paquets dont la source n’est pas l’adresse du port lui-même. Une passerelle NAT relaie le trafic d’autres machines&#xa0;: donnez à son port privé la paire 0.0.0.0/0 (la passerelle du lab en a besoin).</translation>
    </message>
    <message>
        <source>IP address or CIDR</source>
        <extracomment>Placeholder of an allowed address pair&apos;s address</extracomment>
        <translation>Adresse IP ou CIDR</translation>
    </message>
    <message>
        <source>MAC (optional)</source>
        <extracomment>Placeholder of an allowed address pair&apos;s MAC; empty: the port&apos;s own MAC</extracomment>
        <translation>MAC (facultative)</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
</context>
<context>
    <name>zenith::Area</name>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab</translation>
    </message>
</context>
<context>
    <name>zenith::CloudController</name>
    <message>
        <source>Cloud configuration</source>
        <translation>Configuration des clouds</translation>
    </message>
    <message>
        <source>Some clouds could not be read and are not listed:</source>
        <translation>Certains clouds n’ont pas pu être lus et ne sont pas affichés&#xa0;:</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Demo cloud (simulated)</source>
        <translation>Cloud de démonstration (simulé)</translation>
    </message>
</context>
<context>
    <name>zenith::CloudSwitcher</name>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Cloud name, then where it is configured: &quot;ovh-gra11 (clouds.yaml)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read from the OS_* environment variables</source>
        <translation>Lu depuis les variables d’environnement OS_*</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Lu depuis %1</translation>
    </message>
    <message>
        <source>No cloud configured</source>
        <translation>Aucun cloud configuré</translation>
    </message>
    <message>
        <source>Choose a cloud</source>
        <translation>Choisissez un cloud</translation>
    </message>
    <message>
        <source>The cloud to work with, from clouds.yaml, an openrc file or the OS_* environment variables.</source>
        <translation>Le cloud sur lequel travailler, défini dans clouds.yaml, un fichier openrc ou les variables d’environnement OS_*.</translation>
    </message>
    <message>
        <source>Sign in to a cloud to choose one of your projects.</source>
        <translation>Connectez-vous à un cloud pour choisir l’un de vos projets.</translation>
    </message>
    <message>
        <source>Your account has access to this project only.</source>
        <translation>Votre compte n’a accès qu’à ce projet.</translation>
    </message>
    <message>
        <source>The project whose resources are shown.</source>
        <translation>Le projet dont les ressources sont affichées.</translation>
    </message>
    <message>
        <source>Sign in to a cloud to choose a region.</source>
        <translation>Connectez-vous à un cloud pour choisir une région.</translation>
    </message>
    <message>
        <source>This cloud has a single region.</source>
        <translation>Ce cloud ne compte qu’une seule région.</translation>
    </message>
    <message>
        <source>The region whose resources are shown.</source>
        <translation>La région dont les ressources sont affichées.</translation>
    </message>
    <message>
        <source>No cloud is configured yet: use File › Import openrc File… or File › Open clouds.yaml…</source>
        <translation>Aucun cloud n’est encore configuré&#xa0;: utilisez Fichier › Importer un fichier openrc… ou Fichier › Ouvrir clouds.yaml…</translation>
    </message>
    <message>
        <source>Demo cloud (simulated)</source>
        <translation>Cloud de démonstration (simulé)</translation>
    </message>
    <message>
        <source>A simulated OpenStack running inside Zenith on this computer: nothing done here reaches a real cloud.</source>
        <translation>Un OpenStack simulé qui tourne dans Zenith sur cet ordinateur&#xa0;: rien de ce qui est fait ici n’atteint un vrai cloud.</translation>
    </message>
</context>
<context>
    <name>zenith::CollectionStateView</name>
    <message>
        <source>Try again</source>
        <extracomment>Button under the message of a tab whose listing failed: list again</extracomment>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>zenith::CommandDock</name>
    <message>
        <source>Equivalent command</source>
        <extracomment>Title of the dock that shows the openstack CLI command equivalent to the last action</extracomment>
        <translation>Commande équivalente</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the command line to the clipboard</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Aucune action pour l’instant</translation>
    </message>
    <message>
        <source>Each action you take here shows the openstack command that does the same thing in a terminal.</source>
        <translation>Chaque action faite ici affiche la commande openstack qui fait la même chose dans un terminal.</translation>
    </message>
</context>
<context>
    <name>zenith::DemoCloudHost</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>zenith::DetailsTable</name>
    <message>
        <source>Loading…</source>
        <extracomment>shown in a details tab of the Instances pane while its data is fetched</extracomment>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>zenith::DnsErrorText</name>
    <message>
        <source>A zone named %1 already exists, in your project or in another one: a name can be hosted only once. Pick another name, or delete the other zone first.</source>
        <translation>Une zone nommée %1 existe déjà, dans votre projet ou dans un autre&#xa0;: un nom ne peut être hébergé qu’une seule fois. Choisissez un autre nom, ou supprimez d’abord l’autre zone.</translation>
    </message>
    <message>
        <source>The DNS service refused the email address: write it as name@domain.org.</source>
        <translation>Le service DNS a refusé l’adresse e-mail&#xa0;: écrivez-la sous la forme name@domain.org.</translation>
    </message>
    <message>
        <source>The DNS service refused the TTL.</source>
        <translation>Le service DNS a refusé le TTL.</translation>
    </message>
    <message>
        <source>The zone %1 could not be created: your project may not create more zones, or not this one (some names are reserved by the cloud).</source>
        <translation>Impossible de créer la zone %1&#xa0;: votre projet n’est peut-être pas autorisé à créer d’autres zones, ou pas celle-ci (certains noms sont réservés par le cloud).</translation>
    </message>
    <message>
        <source>The zone %1 could not be created.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation>Impossible de créer la zone %1.</translation>
    </message>
    <message>
        <source>The zone %1 could not be deleted.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation>Impossible de supprimer la zone %1.</translation>
    </message>
    <message>
        <source>%1 already has %2 records: edit them to add a value.</source>
        <extracomment>%1 is a record name, %2 a type such as A</extracomment>
        <translation>%1 a déjà des enregistrements %2&#xa0;: modifiez-les pour ajouter une valeur.</translation>
    </message>
    <message>
        <source>A CNAME cannot share its name with other records, and no record can be added next to a CNAME: %1 holds both.</source>
        <translation>Un CNAME ne peut pas partager son nom avec d’autres enregistrements, et aucun enregistrement ne peut être ajouté à côté d’un CNAME&#xa0;: %1 contient les deux.</translation>
    </message>
    <message>
        <source>%1 is not inside the zone: a record&apos;s name must end with the zone&apos;s name.</source>
        <translation>%1 n’est pas dans la zone&#xa0;: le nom d’un enregistrement doit se terminer par le nom de la zone.</translation>
    </message>
    <message>
        <source>The DNS service refused the data of this %1 record.</source>
        <extracomment>%1 is a record type such as MX</extracomment>
        <translation>Le service DNS a refusé les données de cet enregistrement %1.</translation>
    </message>
    <message>
        <source>The zone is gone: it was deleted, perhaps by someone else.</source>
        <translation>La zone n’existe plus&#xa0;: elle a été supprimée, peut-être par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>These records are gone: they were deleted, perhaps by someone else.</source>
        <translation>Ces enregistrements n’existent plus&#xa0;: ils ont été supprimés, peut-être par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The %1 records of %2 could not be saved.</source>
        <extracomment>%1 is a record type, %2 a record name</extracomment>
        <translation>Impossible de sauvegarder les enregistrements %1 de %2.</translation>
    </message>
    <message>
        <source>The zone&apos;s records could not be listed.</source>
        <translation>Impossible de lister les enregistrements de la zone.</translation>
    </message>
    <message>
        <source>The DNS zones could not be listed.</source>
        <translation>Impossible de lister les zones DNS.</translation>
    </message>
    <message>
        <source>The zone %1 could not be published.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation>Impossible de publier la zone %1.</translation>
    </message>
</context>
<context>
    <name>zenith::DnsProviderBar</name>
    <message>
        <source>DNS &amp;provider:</source>
        <extracomment>Field above the DNS zones: which DNS service holds them</extracomment>
        <translation>&amp;Fournisseur DNS&#xa0;:</translation>
    </message>
    <message>
        <source>OpenStack Designate</source>
        <translation>OpenStack Designate</translation>
    </message>
    <message>
        <source>OVHcloud domain API</source>
        <extracomment>OVHcloud&apos;s API for the domains and DNS zones of an OVHcloud account</extracomment>
        <translation>API des domaines OVHcloud</translation>
    </message>
    <message>
        <source>Designate is the cloud&apos;s own DNS service. OVHcloud&apos;s public cloud has none: the zones of domains bought at OVHcloud are managed through OVHcloud&apos;s domain API, with its own keys.</source>
        <translation>Designate est le service DNS propre au cloud. Le Public Cloud d’OVHcloud n’en dispose pas&#xa0;: les zones des domaines achetés chez OVHcloud se gèrent via l’API des domaines d’OVHcloud, avec ses propres clés.</translation>
    </message>
    <message>
        <source>&amp;Forget Credentials</source>
        <translation>&amp;Oublier les identifiants</translation>
    </message>
    <message>
        <source>&amp;Change Credentials…</source>
        <extracomment>Button: open the dialog of the OVHcloud API keys</extracomment>
        <translation>&amp;Modifier les identifiants…</translation>
    </message>
    <message>
        <source>&amp;Enter Credentials…</source>
        <translation>&amp;Saisir les identifiants…</translation>
    </message>
    <message>
        <source>The OVHcloud keys could not be read from the system keyring: %1</source>
        <translation>Impossible de lire les clés OVHcloud dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keyring could not keep the OVHcloud keys: Zenith uses them until it quits, then asks again.</source>
        <translation>Le trousseau du système n’a pas pu conserver les clés OVHcloud&#xa0;: Zenith les utilise jusqu’à sa fermeture, puis vous les redemandera.</translation>
    </message>
    <message>
        <source>The OVHcloud keys could not be removed from the system keyring: %1</source>
        <translation>Impossible de supprimer les clés OVHcloud du trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>zenith::DnsRecordDialog</name>
    <message>
        <source>IPv4 addresses, one per line, such as 203.0.113.5</source>
        <translation>Adresses IPv4, une par ligne, par exemple 203.0.113.5</translation>
    </message>
    <message>
        <source>IPv6 addresses, one per line, such as 2001:db8::5</source>
        <translation>Adresses IPv6, une par ligne, par exemple 2001:db8::5</translation>
    </message>
    <message>
        <source>The one host name this name is an alias of, such as www.%1 or lb.example.net. A CNAME cannot be at the zone&apos;s own name, nor share its name with other records.</source>
        <extracomment>%1 is the zone&apos;s name</extracomment>
        <translation>L’unique nom d’hôte dont ce nom est un alias, par exemple www.%1 ou lb.example.net. Un CNAME ne peut pas se trouver au nom de la zone elle-même, ni partager son nom avec d’autres enregistrements.</translation>
    </message>
    <message>
        <source>Priority and mail server, one per line, such as: 10 mail.%1</source>
        <translation>Priorité et serveur de messagerie, un par ligne, par exemple&#xa0;: 10 mail.%1</translation>
    </message>
    <message>
        <source>Text, one record per line, such as v=spf1 mx -all. Zenith adds the quotes and splits text longer than 255 characters.</source>
        <translation>Texte, un enregistrement par ligne, par exemple v=spf1 mx -all. Zenith ajoute les guillemets et découpe les textes de plus de 255 caractères.</translation>
    </message>
    <message>
        <source>Flags, tag and value, one per line, such as: 0 issue letsencrypt.org (tags: issue, issuewild, iodef)</source>
        <translation>Indicateurs, étiquette et valeur, un par ligne, par exemple&#xa0;: 0 issue letsencrypt.org (étiquettes&#xa0;: issue, issuewild, iodef)</translation>
    </message>
    <message>
        <source>Name servers&apos; host names, one per line, such as ns1.example.net.</source>
        <translation>Noms d’hôte des serveurs de noms, un par ligne, par exemple ns1.example.net.</translation>
    </message>
    <message>
        <source>Priority, weight, port and target, one per line, such as: 10 60 5060 sip.%1 (the record&apos;s name is _service._protocol, such as _sip._tcp)</source>
        <translation>Priorité, poids, port et cible, un par ligne, par exemple&#xa0;: 10 60 5060 sip.%1 (le nom de l’enregistrement est de la forme _service._protocol, par exemple _sip._tcp)</translation>
    </message>
    <message>
        <source>Edit Records in %1</source>
        <extracomment>Dialog title; %1 is a zone name</extracomment>
        <translation>Modifier les enregistrements de %1</translation>
    </message>
    <message>
        <source>Add Records to %1</source>
        <translation>Ajouter des enregistrements à %1</translation>
    </message>
    <message>
        <source>www, or empty for %1</source>
        <extracomment>Placeholder of the record name: empty means the zone&apos;s own name</extracomment>
        <translation>www, ou vide pour %1</translation>
    </message>
    <message>
        <source>A name relative to the zone (www gives www.%1), @ or empty for the zone itself, or a full name ending with .%1</source>
        <translation>Un nom relatif à la zone (www donne www.%1), @ ou vide pour la zone elle-même, ou un nom complet se terminant par .%1</translation>
    </message>
    <message>
        <source>the zone&apos;s: %1</source>
        <extracomment>Placeholder of a record&apos;s TTL; %1 is the zone&apos;s TTL in seconds</extracomment>
        <translation>celui de la zone&#xa0;: %1</translation>
    </message>
    <message>
        <source>the zone&apos;s</source>
        <translation>celui de la zone</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Field: the DNS record type</extracomment>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <extracomment>Field: the records&apos; data, one per line</extracomment>
        <translation>&amp;Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;TL (seconds):</source>
        <translation>TT&amp;L (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation>Connectez-vous d’abord à un cloud.</translation>
    </message>
    <message>
        <source>Replaces the %1 records of %2.</source>
        <extracomment>%1 is a record type, %2 a name</extracomment>
        <translation>Remplace les enregistrements %1 de %2.</translation>
    </message>
    <message>
        <source>Adds %1 records to %2.</source>
        <extracomment>%1 is a record type, %2 a name</extracomment>
        <translation>Ajoute des enregistrements %1 à %2.</translation>
    </message>
    <message>
        <source>OVHcloud keeps one value per record: add this one with a single value, then add the others as records of their own.</source>
        <translation>OVHcloud ne conserve qu’une valeur par enregistrement&#xa0;: ajoutez celui-ci avec une seule valeur, puis ajoutez les autres comme des enregistrements distincts.</translation>
    </message>
</context>
<context>
    <name>zenith::DnsRecordsModel</name>
    <message>
        <source>zone&apos;s</source>
        <extracomment>TTL cell of a record that uses the zone&apos;s TTL</extracomment>
        <translation>de la zone</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: DNS record type (A, MX...)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Values</source>
        <extracomment>Column: the data of a DNS record (addresses, host names, text)</extracomment>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>zenith::DnsRecordsPanel</name>
    <message>
        <source>Records of %1</source>
        <extracomment>Title above the records table; %1 is a zone name</extracomment>
        <translation>Enregistrements de %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Search records by type, name or value</source>
        <translation>Rechercher des enregistrements par type, nom ou valeur</translation>
    </message>
    <message>
        <source>&amp;Add Record…</source>
        <extracomment>Button: add DNS records (opens the record editor)</extracomment>
        <translation>&amp;Ajouter un enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Select a zone to see its records.</source>
        <translation>Sélectionnez une zone pour voir ses enregistrements.</translation>
    </message>
    <message>
        <source>Loading records…</source>
        <translation>Chargement des enregistrements…</translation>
    </message>
    <message>
        <source>This zone has no records yet.</source>
        <translation>Cette zone n’a encore aucun enregistrement.</translation>
    </message>
    <message>
        <source>Delete the %1 records of %2?

%3</source>
        <extracomment>%1 is a record type, %2 a name, %3 the values</extracomment>
        <translation>Supprimer les enregistrements %1 de %2&#xa0;?

%3</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>Supprimer les enregistrements</translation>
    </message>
    <message>
        <source>Resolvers may keep answering with them until their TTL runs out.</source>
        <translation>Les résolveurs peuvent continuer à les renvoyer jusqu’à l’expiration de leur TTL.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deletes the %1 records of %2.</source>
        <extracomment>%1 is a record type, %2 a name</extracomment>
        <translation>Supprime les enregistrements %1 de %2.</translation>
    </message>
</context>
<context>
    <name>zenith::DnsSection</name>
    <message>
        <source>Zones and Records</source>
        <extracomment>DNS pane tab: the DNS zones and their records</extracomment>
        <translation>Zones et enregistrements</translation>
    </message>
    <message>
        <source>Search zones by name or email</source>
        <translation>Rechercher des zones par nom ou e-mail</translation>
    </message>
    <message>
        <source>&amp;New Zone…</source>
        <extracomment>Button: create a DNS zone (opens a dialog)</extracomment>
        <translation>&amp;Nouvelle zone…</translation>
    </message>
    <message>
        <source>&amp;Delete Zone…</source>
        <translation>&amp;Supprimer la zone…</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <extracomment>Count next to the search box</extracomment>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a cloud to see its DNS zones.</source>
        <translation>Connectez-vous à un cloud pour voir ses zones DNS.</translation>
    </message>
    <message>
        <source>Loading DNS zones…</source>
        <translation>Chargement des zones DNS…</translation>
    </message>
    <message>
        <source>You have no DNS zones yet.
Create one for your domain (such as example.org.), then add its records: an A record gives a name the address of your instance or load balancer.</source>
        <translation>Vous n’avez encore aucune zone DNS.
Créez-en une pour votre domaine (par exemple example.org.), puis ajoutez ses enregistrements&#xa0;: un enregistrement A associe à un nom l’adresse de votre instance ou de votre répartiteur de charge.</translation>
    </message>
    <message>
        <source>Delete Zone</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation>Supprimer la zone</translation>
    </message>
    <message>
        <source>Delete the zone %1 and all its records?</source>
        <translation>Supprimer la zone %1 et tous ses enregistrements&#xa0;?</translation>
    </message>
    <message>
        <source>Names under %1 stop resolving once the DNS servers drop the zone. This cannot be undone: the records are not kept.</source>
        <translation>Les noms sous %1 ne seront plus résolus dès que les serveurs DNS auront abandonné la zone. Cette action est irréversible&#xa0;: les enregistrements ne sont pas conservés.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deletes the DNS zone %1.</source>
        <translation>Supprime la zone DNS %1.</translation>
    </message>
    <message>
        <source>Saved. The name servers serve the zone&apos;s changes once you publish them: click Publish Changes when you are done.</source>
        <translation>Enregistré. Les serveurs de noms diffuseront les modifications de la zone une fois que vous les aurez publiées&#xa0;: cliquez sur Publier les modifications quand vous aurez terminé.</translation>
    </message>
    <message>
        <source>&amp;Publish Changes</source>
        <extracomment>Button: have the DNS servers serve the zone&apos;s saved changes (OVHcloud&apos;s refresh)</extracomment>
        <translation>&amp;Publier les modifications</translation>
    </message>
    <message>
        <source>Asks OVHcloud to put the zone&apos;s saved records on its name servers.</source>
        <translation>Demande à OVHcloud de placer les enregistrements sauvegardés de la zone sur ses serveurs de noms.</translation>
    </message>
    <message>
        <source>OVHcloud saves record changes at once, but its name servers serve them only after you publish the zone (Publish Changes).</source>
        <translation>OVHcloud sauvegarde immédiatement les modifications des enregistrements, mais ses serveurs de noms ne les diffusent qu’après la publication de la zone (Publier les modifications).</translation>
    </message>
    <message>
        <source>Enter the keys of OVHcloud&apos;s API (Enter Credentials… above) to see the DNS zones of your OVHcloud account.</source>
        <translation>Saisissez les clés de l’API OVHcloud (Saisir les identifiants… ci-dessus) pour voir les zones DNS de votre compte OVHcloud.</translation>
    </message>
    <message>
        <source>This account has no DNS zones: they come with the domains it holds.</source>
        <translation>Ce compte n’a aucune zone DNS&#xa0;: elles accompagnent les domaines qu’il détient.</translation>
    </message>
    <message>
        <source>Publishes the zone %1.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation>Publie la zone %1.</translation>
    </message>
    <message>
        <source>Published: the name servers now serve the records of %1. Resolvers may keep older answers until their TTL runs out.</source>
        <translation>Zone publiée&#xa0;: les serveurs de noms diffusent désormais les enregistrements de %1. Les résolveurs peuvent conserver d’anciennes réponses jusqu’à l’expiration de leur TTL.</translation>
    </message>
    <message>
        <source>Zone %1 created.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation>Zone %1 créée.</translation>
    </message>
    <message>
        <source>Zone %1 is active: its DNS servers answer for it.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation>La zone %1 est active&#xa0;: ses serveurs DNS répondent pour elle.</translation>
    </message>
    <message>
        <source>Zone %1 created. Its status stays %2 until the DNS servers have it, usually a few seconds.</source>
        <extracomment>%1 is a zone name, %2 its status as the list shows it (&quot;Creating&quot;)</extracomment>
        <translation>Zone %1 créée. Son état reste %2 jusqu’à ce que les serveurs DNS l’aient reçue, en général quelques secondes.</translation>
    </message>
    <message>
        <source>The DNS servers did not take zone %1: its status is %2. Delete it and create it again; if that fails too, tell the cloud&apos;s administrators.</source>
        <extracomment>%1 is a zone name, %2 its status as the list shows it (&quot;Error&quot;)</extracomment>
        <translation>Les serveurs DNS n’ont pas pris la zone %1&#xa0;: son état est %2. Supprimez-la puis recréez-la&#xa0;; si cela échoue encore, prévenez les administrateurs du cloud.</translation>
    </message>
</context>
<context>
    <name>zenith::DnsValidation</name>
    <message>
        <source>%1 is not a valid DNS name: use letters, digits and hyphens between dots, at most 63 characters between two dots.</source>
        <translation>%1 n’est pas un nom DNS valide&#xa0;: utilisez des lettres, des chiffres et des traits d’union entre les points, 63 caractères au plus entre deux points.</translation>
    </message>
    <message>
        <source>A record name cannot hold spaces.</source>
        <translation>Le nom d’un enregistrement ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>%1 is not inside the zone %2: write a name that ends with .%2, or a name relative to the zone such as www.</source>
        <extracomment>%1 is a name, %2 a zone; both end with a dot</extracomment>
        <translation>%1 n’est pas dans la zone %2&#xa0;: écrivez un nom qui se termine par .%2, ou un nom relatif à la zone, par exemple www.</translation>
    </message>
    <message>
        <source>%1 is too long: a full DNS name has at most 253 characters.</source>
        <translation>%1 est trop long&#xa0;: un nom DNS complet compte au plus 253 caractères.</translation>
    </message>
    <message>
        <source>Give %1.</source>
        <extracomment>%1 says what is missing, e.g. &quot;the mail server&quot;</extracomment>
        <translation>Indiquez %1.</translation>
    </message>
    <message>
        <source>%1 is an address; this record needs a host name (point an A or AAAA record at the address and use that record&apos;s name here).</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>%1 est une adresse&#xa0;; cet enregistrement nécessite un nom d’hôte (faites pointer un enregistrement A ou AAAA vers l’adresse et utilisez ici le nom de cet enregistrement).</translation>
    </message>
    <message>
        <source>%1 is not a valid host name: use letters, digits and hyphens between dots.</source>
        <translation>%1 n’est pas un nom d’hôte valide&#xa0;: utilisez des lettres, des chiffres et des traits d’union entre les points.</translation>
    </message>
    <message>
        <source>The TTL must be a whole number of seconds between 1 and %1 (3600 is one hour), or empty for the zone&apos;s TTL.</source>
        <translation>Le TTL doit être un nombre entier de secondes entre 1 et %1 (3600 correspond à une heure), ou vide pour utiliser le TTL de la zone.</translation>
    </message>
    <message>
        <source>Give the zone&apos;s domain name, such as example.org.</source>
        <translation>Indiquez le nom de domaine de la zone, par exemple example.org.</translation>
    </message>
    <message>
        <source>%1 is a top-level domain: a zone is a domain such as example.org.</source>
        <translation>%1 est un domaine de premier niveau&#xa0;: une zone est un domaine tel que example.org.</translation>
    </message>
    <message>
        <source>Give the email address of the zone&apos;s administrator (it goes in the zone&apos;s SOA record), such as hostmaster@%1</source>
        <translation>Indiquez l’adresse e-mail de l’administrateur de la zone (elle figure dans l’enregistrement SOA de la zone), par exemple hostmaster@%1</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A TXT record needs some text.</source>
        <translation>Un enregistrement TXT doit contenir du texte.</translation>
    </message>
    <message>
        <source>The quotes of %1 do not pair up: write the text without quotes and Zenith quotes it, or close every quote (a quote inside the text is written \&quot;).</source>
        <translation>Les guillemets de %1 ne vont pas par paires&#xa0;: écrivez le texte sans guillemets et Zenith les ajoutera, ou fermez chaque guillemet (un guillemet à l’intérieur du texte s’écrit \&quot;).</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address: it goes in an AAAA record.</source>
        <translation>%1 est une adresse IPv6&#xa0;: elle va dans un enregistrement AAAA.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: write four numbers from 0 to 255 separated by dots, such as 203.0.113.5.</source>
        <translation>%1 n’est pas une adresse IPv4&#xa0;: écrivez quatre nombres de 0 à 255 séparés par des points, par exemple 203.0.113.5.</translation>
    </message>
    <message>
        <source>%1 is an IPv4 address: it goes in an A record.</source>
        <translation>%1 est une adresse IPv4&#xa0;: elle va dans un enregistrement A.</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address, such as 2001:db8::5.</source>
        <translation>%1 n’est pas une adresse IPv6 (de la forme 2001:db8::5).</translation>
    </message>
    <message>
        <source>the host name this name is an alias of</source>
        <translation>le nom d’hôte dont ce nom est un alias</translation>
    </message>
    <message>
        <source>the name server&apos;s host name</source>
        <translation>le nom d’hôte du serveur de noms</translation>
    </message>
    <message>
        <source>An MX record is a priority (0 to 65535, lower is tried first) and a mail server&apos;s host name, such as: 10 mail.example.org.</source>
        <translation>Un enregistrement MX se compose d’une priorité (de 0 à 65535, la plus basse est essayée en premier) et du nom d’hôte d’un serveur de messagerie, par exemple&#xa0;: 10 mail.example.org.</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>le serveur de messagerie</translation>
    </message>
    <message>
        <source>A CAA record is flags (0, or 128 for critical), a tag (issue, issuewild or iodef) and a value, such as: 0 issue letsencrypt.org</source>
        <translation>Un enregistrement CAA se compose d’indicateurs (0, ou 128 pour critique), d’une étiquette (issue, issuewild ou iodef) et d’une valeur, par exemple&#xa0;: 0 issue letsencrypt.org</translation>
    </message>
    <message>
        <source>The value of an iodef CAA record is where to report refused certificates: a mailto: or https:// address, such as mailto:security@example.org.</source>
        <translation>La valeur d’un enregistrement CAA iodef indique où signaler les certificats refusés&#xa0;: une adresse mailto: ou https://, par exemple mailto:security@example.org.</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority&apos;s domain, such as letsencrypt.org (or ; alone to forbid every authority).</source>
        <translation>%1 n’est pas le domaine d’une autorité de certification, tel que letsencrypt.org (ou «&#xa0;;&#xa0;» seul pour interdire toutes les autorités).</translation>
    </message>
    <message>
        <source>%1 is not a CAA tag: use issue, issuewild or iodef.</source>
        <translation>%1 n’est pas une étiquette CAA&#xa0;: utilisez issue, issuewild ou iodef.</translation>
    </message>
    <message>
        <source>An SRV record is a priority, a weight, a port (each 0 to 65535) and a target host name, such as: 10 60 5060 sip.example.org.</source>
        <translation>Un enregistrement SRV se compose d’une priorité, d’un poids, d’un port (chacun de 0 à 65535) et du nom d’hôte cible, par exemple&#xa0;: 10 60 5060 sip.example.org.</translation>
    </message>
    <message>
        <source>the target host</source>
        <translation>l’hôte cible</translation>
    </message>
    <message>
        <source>Zenith cannot check records of type %1.</source>
        <translation>Zenith ne sait pas vérifier les enregistrements de type %1.</translation>
    </message>
    <message>
        <source>A CNAME cannot be at the zone&apos;s own name %1: it would hide the zone&apos;s SOA and NS records. Use an A or AAAA record there, or a name such as www.</source>
        <translation>Un CNAME ne peut pas se trouver au nom de la zone elle-même (%1)&#xa0;: il masquerait les enregistrements SOA et NS de la zone. Utilisez-y un enregistrement A ou AAAA, ou un nom tel que www.</translation>
    </message>
    <message>
        <source>An SRV record&apos;s name is _service._protocol, such as _sip._tcp or _xmpp-server._tcp.</source>
        <translation>Le nom d’un enregistrement SRV est de la forme _service._protocol, par exemple _sip._tcp ou _xmpp-server._tcp.</translation>
    </message>
    <message>
        <source>%1 already has %2 records: a CNAME cannot share its name with other records.</source>
        <translation>%1 a déjà des enregistrements %2&#xa0;: un CNAME ne peut pas partager son nom avec d’autres enregistrements.</translation>
    </message>
    <message>
        <source>%1 is a CNAME (an alias): it cannot hold other records. Delete the CNAME first, or choose another name.</source>
        <translation>%1 est un CNAME (un alias)&#xa0;: il ne peut pas contenir d’autres enregistrements. Supprimez d’abord le CNAME, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 already has %2 records: edit them to add a value.</source>
        <translation>%1 a déjà des enregistrements %2&#xa0;: modifiez-les pour ajouter une valeur.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number of the values box, %2 what is wrong with it</extracomment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give at least one value, one per line.</source>
        <translation>Indiquez au moins une valeur, une par ligne.</translation>
    </message>
    <message>
        <source>A CNAME points to one host name only.</source>
        <translation>Un CNAME ne pointe que vers un seul nom d’hôte.</translation>
    </message>
</context>
<context>
    <name>zenith::DnsZoneDialog</name>
    <message>
        <source>New DNS Zone</source>
        <extracomment>Dialog title</extracomment>
        <translation>Nouvelle zone DNS</translation>
    </message>
    <message>
        <source>A zone holds the DNS records of a domain and of the names under it. Once it is active, point the domain&apos;s name servers at the cloud&apos;s at your registrar.</source>
        <translation>Une zone contient les enregistrements DNS d’un domaine et des noms situés sous celui-ci. Une fois la zone active, faites pointer les serveurs de noms du domaine vers ceux du cloud, chez votre bureau d’enregistrement (registrar).</translation>
    </message>
    <message>
        <source>example.org.</source>
        <translation>example.org.</translation>
    </message>
    <message>
        <source>hostmaster@example.org</source>
        <translation>hostmaster@example.org</translation>
    </message>
    <message>
        <source>3600 (default)</source>
        <extracomment>Placeholder of the TTL field: empty means the DNS service&apos;s default</extracomment>
        <translation>3600 (par défaut)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Domain name:</source>
        <extracomment>Field: the zone&apos;s domain name</extracomment>
        <translation>Nom de &amp;domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <extracomment>Field: the zone administrator&apos;s email (SOA record)</extracomment>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TTL (seconds):</source>
        <extracomment>Field: default time to live of the records, in seconds</extracomment>
        <translation>&amp;TTL (secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation>Connectez-vous d’abord à un cloud.</translation>
    </message>
    <message>
        <source>Creates the DNS zone %1.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation>Crée la zone DNS %1.</translation>
    </message>
</context>
<context>
    <name>zenith::DnsZonesModel</name>
    <message>
        <source>Zone</source>
        <extracomment>Column: a DNS zone&apos;s domain name</extracomment>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column: the zone administrator&apos;s email (in the SOA record)</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <extracomment>Column: default time to live of the zone&apos;s records, in seconds</extracomment>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Serial</source>
        <extracomment>Column: the SOA serial number, raised on every change of the zone</extracomment>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Creating</source>
        <extracomment>DNS status: being created on the DNS servers</extracomment>
        <translation>En création</translation>
    </message>
    <message>
        <source>Deleting</source>
        <extracomment>DNS status: being deleted from the DNS servers</extracomment>
        <translation>En suppression</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>DNS status: a change is on its way to the DNS servers</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>DNS status: the DNS servers serve it</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>DNS status: the DNS servers refused the change</extracomment>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>zenith::EmptyStatePane</name>
    <message>
        <source>Instances, key pairs, images and flavors will appear here. You will be able to launch, stop and connect to your instances.</source>
        <translation>Les instances, paires de clés, images et gabarits apparaîtront ici. Vous pourrez lancer vos instances, les arrêter et vous y connecter.</translation>
    </message>
    <message>
        <source>Networks, subnets, routers, ports, floating IPs and security groups will appear here.</source>
        <translation>Les réseaux, sous-réseaux, routeurs, ports, IP flottantes et groupes de sécurité apparaîtront ici.</translation>
    </message>
    <message>
        <source>Volumes and their snapshots will appear here, with the instances they are attached to.</source>
        <translation>Les volumes et leurs instantanés apparaîtront ici, avec les instances auxquelles ils sont attachés.</translation>
    </message>
    <message>
        <source>DNS zones and their record sets will appear here.</source>
        <translation>Les zones DNS et leurs jeux d’enregistrements apparaîtront ici.</translation>
    </message>
    <message>
        <source>Build a whole lab in a few steps: networks, instances and DNS records are created together, and removed together when you are done.</source>
        <translation>Construisez un lab complet en quelques étapes&#xa0;: réseaux, instances et enregistrements DNS sont créés ensemble, et supprimés ensemble quand vous avez terminé.</translation>
    </message>
</context>
<context>
    <name>zenith::ErrorDetailsDialog</name>
    <message>
        <source>Error Details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>zenith::ErrorText</name>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l’authentification</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>Limite atteinte</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Requête invalide</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Short error title followed by the HTTP status, e.g. &quot;Conflict (409)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zenith could not reach the cloud. Check your network connection and the authentication URL.</source>
        <translation>Zenith n’a pas pu joindre le cloud. Vérifiez votre connexion réseau et l’URL d’authentification.</translation>
    </message>
    <message>
        <source>The cloud did not answer in time. It may be busy: try again in a moment.</source>
        <translation>Le cloud n’a pas répondu à temps. Il est peut-être surchargé&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The cloud did not accept your credentials (%1). Check your password, or sign in again.</source>
        <translation>Le cloud n’a pas accepté vos identifiants (%1). Vérifiez votre mot de passe ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>The cloud did not accept your credentials. Check your password, or sign in again.</source>
        <translation>Le cloud n’a pas accepté vos identifiants. Vérifiez votre mot de passe ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are not allowed to do this in this project (%1).</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette opération dans ce projet (%1).</translation>
    </message>
    <message>
        <source>You are not allowed to do this in this project.</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette opération dans ce projet.</translation>
    </message>
    <message>
        <source>The cloud could not find this resource (%1). It may have been deleted meanwhile.</source>
        <translation>Le cloud ne trouve pas cette ressource (%1). Elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The cloud could not find this resource. It may have been deleted meanwhile.</source>
        <translation>Le cloud ne trouve pas cette ressource. Elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The cloud refused the request because the resource is in use or not in a state that allows it (%1).</source>
        <translation>Le cloud a refusé la requête, car la ressource est utilisée ou dans un état qui ne le permet pas (%1).</translation>
    </message>
    <message>
        <source>The cloud refused the request because the resource is in use or not in a state that allows it.</source>
        <translation>Le cloud a refusé la requête, car la ressource est utilisée ou dans un état qui ne le permet pas.</translation>
    </message>
    <message>
        <source>The project&apos;s quota or the cloud&apos;s request limit has been reached (%1).</source>
        <translation>Le projet a atteint son quota, ou le cloud sa limite de requêtes (%1).</translation>
    </message>
    <message>
        <source>The project&apos;s quota or the cloud&apos;s request limit has been reached.</source>
        <translation>Le projet a atteint son quota, ou le cloud sa limite de requêtes.</translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid (%1).</source>
        <translation>Le cloud a jugé la requête invalide (%1).</translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid.</source>
        <translation>Le cloud a jugé la requête invalide.</translation>
    </message>
    <message>
        <source>The cloud does not offer this service or API version (%1).</source>
        <translation>Le cloud ne propose pas ce service ou cette version d’API (%1).</translation>
    </message>
    <message>
        <source>The cloud does not offer this service or API version.</source>
        <translation>Le cloud ne propose pas ce service ou cette version d’API.</translation>
    </message>
    <message>
        <source>The cloud had an internal error (%1). Try again later.</source>
        <translation>Le cloud a rencontré une erreur interne (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The cloud had an internal error. Try again later.</source>
        <translation>Le cloud a rencontré une erreur interne. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Zenith could not understand the cloud&apos;s answer.</source>
        <translation>Zenith n’a pas compris la réponse du cloud.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The cloud configuration is incomplete or contradictory.</source>
        <translation>La configuration du cloud est incomplète ou contradictoire.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d’erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>[masqué]</translation>
    </message>
</context>
<context>
    <name>zenith::FixedIpEditor</name>
    <message>
        <source>Add a fixed IP</source>
        <extracomment>Button under the fixed IPs of a port</extracomment>
        <translation>Ajouter une IP fixe</translation>
    </message>
    <message>
        <source>any free address</source>
        <extracomment>Placeholder of a fixed IP&apos;s address: left empty, Neutron picks a free address</extracomment>
        <translation>toute adresse libre</translation>
    </message>
    <message>
        <source>Remove this fixed IP</source>
        <translation>Retirer cette IP fixe</translation>
    </message>
</context>
<context>
    <name>zenith::FlavorsModel</name>
    <message>
        <source>%1 GiB</source>
        <extracomment>Root disk of 0: the server boots from a volume, sized by the image
----------
A size in gibibytes, e.g. &quot;2 GiB&quot; or &quot;1.5 GiB&quot;</extracomment>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille de l’image</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Flavor access: every project may use it (yes) or only chosen ones (no)</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <extracomment>Column: number of virtual CPUs</extracomment>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <extracomment>Column: size of the root disk</extracomment>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <extracomment>Column: size of the ephemeral (scratch) disk</extracomment>
        <translation>Éphémère</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Public</source>
        <extracomment>Column: whether every project may use the flavor</extracomment>
        <translation>Public</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A size in mebibytes, e.g. &quot;512 MiB&quot;</extracomment>
        <translation>%1 Mio</translation>
    </message>
</context>
<context>
    <name>zenith::FlavorsSection</name>
    <message>
        <source>Flavors</source>
        <extracomment>Compute pane tab: the sizes (vCPUs, RAM, disk) a server can have</extracomment>
        <translation>Gabarits</translation>
    </message>
    <message>
        <source>Search flavors by name or id</source>
        <extracomment>Placeholder of the search box of the Flavors tab</extracomment>
        <translation>Chercher un gabarit par nom ou identifiant</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Number of flavors listed in the Flavors tab</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n flavor(s)</source>
        <translation>
            <numerusform>%n gabarit</numerusform>
            <numerusform>%n gabarits</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the flavors. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation>Impossible de lister les gabarits. %1</translation>
    </message>
    <message>
        <source>The project sees no flavors: an instance needs one for its size, so ask the cloud&apos;s administrators.</source>
        <translation>Le projet ne voit aucun gabarit&#xa0;: une instance en a besoin pour sa taille, demandez-en aux administrateurs du cloud.</translation>
    </message>
</context>
<context>
    <name>zenith::FloatingIpsModel</name>
    <message>
        <source>Not associated</source>
        <extracomment>Floating IPs table: the address is not associated to any port</extracomment>
        <translation>Non associée</translation>
    </message>
    <message>
        <source>Floating IP</source>
        <extracomment>Column: the floating (public) address</extracomment>
        <translation>IP flottante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Column: the external network the address comes from</extracomment>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Fixed IP</source>
        <extracomment>Column: the private address the floating IP maps to</extracomment>
        <translation>IP fixe</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>zenith::FloatingIpsSection</name>
    <message>
        <source>Allocate…</source>
        <translation>Allouer…</translation>
    </message>
    <message>
        <source>Associate…</source>
        <translation>Associer…</translation>
    </message>
    <message>
        <source>Disassociate</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Libérer…</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <extracomment>Network pane tab</extracomment>
        <translation>IP flottantes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n floating IP(s)</source>
        <translation>
            <numerusform>%n IP flottante</numerusform>
            <numerusform>%n IP flottantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by address, instance or port</source>
        <translation>Rechercher par adresse, instance ou port</translation>
    </message>
    <message>
        <source>Could not list the floating IPs. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation>Impossible de lister les IP flottantes. %1</translation>
    </message>
    <message>
        <source>Allocate floating IP</source>
        <translation>Allouer une IP flottante</translation>
    </message>
    <message>
        <source>External network to take the address from:</source>
        <translation>Réseau externe fournissant l’adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Could not allocate a floating IP.</source>
        <translation>Impossible d’allouer une IP flottante.</translation>
    </message>
    <message>
        <source>%1 — %2 (port %3)</source>
        <extracomment>A port to associate: %1 its instance (or &quot;free port&quot;), %2 its fixed IP, %3 the port&apos;s name</extracomment>
        <translation>%1 — %2 (port %3)</translation>
    </message>
    <message>
        <source>free port</source>
        <translation>port libre</translation>
    </message>
    <message>
        <source>Associate floating IP</source>
        <translation>Associer une IP flottante</translation>
    </message>
    <message>
        <source>Port that %1 maps to:</source>
        <extracomment>%1 is the floating address</extracomment>
        <translation>Port auquel associer %1&#xa0;:</translation>
    </message>
    <message>
        <source>Could not associate %1.</source>
        <translation>Impossible d’associer %1.</translation>
    </message>
    <message>
        <source>Disassociate floating IP</source>
        <translation>Dissocier l’IP flottante</translation>
    </message>
    <message>
        <source>Could not disassociate %1.</source>
        <translation>Impossible de dissocier %1.</translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation>Libérer une IP flottante</translation>
    </message>
    <message>
        <source>Release %1? The address goes back to the pool and may not come back to you.</source>
        <extracomment>%1 is the address</extracomment>
        <translation>Libérer %1&#xa0;? L’adresse retourne au pool et pourrait ne plus vous être attribuée.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Could not release %1.</source>
        <translation>Impossible de libérer %1.</translation>
    </message>
    <message>
        <source>No floating IPs yet. Allocate one from an external network to reach an instance from the Internet.</source>
        <translation>Aucune IP flottante pour l’instant. Allouez-en une sur un réseau externe pour joindre une instance depuis Internet.</translation>
    </message>
</context>
<context>
    <name>zenith::ImagesModel</name>
    <message>
        <source>%1 GiB</source>
        <extracomment>A size in gibibytes, e.g. &quot;10 GiB&quot;</extracomment>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A size in mebibytes, e.g. &quot;512 MiB&quot;</extracomment>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Min. disk</source>
        <extracomment>Column: the smallest root disk an image boots from</extracomment>
        <translation>Disque min.</translation>
    </message>
    <message>
        <source>Min. RAM</source>
        <extracomment>Column: the least RAM an image needs</extracomment>
        <translation>RAM min.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>OS distribution</source>
        <extracomment>Column: the image&apos;s operating system distribution (os_distro property)</extracomment>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Image status</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>Image status: created, no data uploaded yet</extracomment>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Saving</source>
        <extracomment>Image status: data being uploaded</extracomment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Image status: the upload failed</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Image status</extracomment>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Public</source>
        <extracomment>Image visibility: every project can use it</extracomment>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>Image visibility: only its project can use it</extracomment>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Shared</source>
        <extracomment>Image visibility: shared with chosen projects</extracomment>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Image visibility: any project can use it, not listed by default</extracomment>
        <translation>Communautaire</translation>
    </message>
</context>
<context>
    <name>zenith::ImagesSection</name>
    <message>
        <source>Images</source>
        <extracomment>Compute pane tab: the images servers boot from</extracomment>
        <translation>Images</translation>
    </message>
    <message>
        <source>Search images by name, distribution or id</source>
        <extracomment>Placeholder of the search box of the Images tab</extracomment>
        <translation>Chercher une image par nom, distribution ou identifiant</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Number of images listed in the Images tab</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the images. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation>Impossible de lister les images. %1</translation>
    </message>
    <message>
        <source>The project sees no images: instances start from an image, so ask the cloud&apos;s administrators, or upload one with openstack image create.</source>
        <translation>Le projet ne voit aucune image&#xa0;: les instances démarrent d’une image, demandez-en aux administrateurs du cloud ou téléversez-en une avec openstack image create.</translation>
    </message>
</context>
<context>
    <name>zenith::InUseText</name>
    <message>
        <source>Could not delete network “%1”.</source>
        <translation>Impossible de supprimer le réseau «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not delete subnet “%1”.</source>
        <translation>Impossible de supprimer le sous-réseau «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not delete router “%1”.</source>
        <translation>Impossible de supprimer le routeur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>an interface at %1</source>
        <extracomment>A router&apos;s interface, by its address, e.g. &quot;an interface at 10.12.0.1&quot;</extracomment>
        <translation>une interface d’adresse %1</translation>
    </message>
    <message>
        <source>Ports still use it: instances or router interfaces are still connected to it.</source>
        <translation>Des ports l’utilisent encore&#xa0;: des instances ou des interfaces de routeur y sont encore connectées.</translation>
    </message>
    <message>
        <source>It is still used by: %1.</source>
        <translation>Il est encore utilisé par&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ports still have an address from it: instances or router interfaces use it.</source>
        <translation>Des ports utilisent encore une de ses adresses&#xa0;: des instances ou des interfaces de routeur s’en servent.</translation>
    </message>
    <message>
        <source>Addresses from it are still used by: %1.</source>
        <translation>Certaines de ses adresses sont encore utilisées par&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It still has interfaces on subnets.</source>
        <translation>Il a encore des interfaces sur des sous-réseaux.</translation>
    </message>
    <message>
        <source>It still has %1.</source>
        <translation>Il a encore %1.</translation>
    </message>
    <message>
        <source>remove the router&apos;s interfaces (Routers tab, “Remove interface”)</source>
        <extracomment>What to do before deleting: remove router interfaces</extracomment>
        <translation>retirer les interfaces du routeur (onglet Routeurs, «&#xa0;Retirer une interface&#xa0;»)</translation>
    </message>
    <message>
        <source>delete the instances or detach them from this network (Compute, Instances)</source>
        <extracomment>What to do before deleting: instances</extracomment>
        <translation>supprimer les instances ou les détacher de ce réseau (Calcul, Instances)</translation>
    </message>
    <message>
        <source>delete those ports</source>
        <translation>supprimer ces ports</translation>
    </message>
    <message>
        <source>First %1, then delete it again.</source>
        <extracomment>%1 is the list of things to do first</extracomment>
        <translation>Commencez par %1, puis réessayez de le supprimer.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>zenith::InstanceActionTexts</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Hard reboot</source>
        <extracomment>power-cycles the instance (a reboot that does not ask the guest)</extracomment>
        <translation>Redémarrage forcé</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Shelve</source>
        <extracomment>snapshots the instance and frees its host; it can be unshelved later</extracomment>
        <translation>Remiser</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Sortir de la remise</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>prevents any action on the instance (deletion included) until it is unlocked</extracomment>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Rescue</source>
        <extracomment>restarts the instance from a rescue image, its own disk attached</extracomment>
        <translation>Mode secours</translation>
    </message>
    <message>
        <source>Unrescue</source>
        <translation>Quitter le mode secours</translation>
    </message>
    <message>
        <source>Create snapshot…</source>
        <translation>Créer un instantané…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>Redimensionner…</translation>
    </message>
    <message>
        <source>Confirm resize</source>
        <translation>Confirmer le redimensionnement</translation>
    </message>
    <message>
        <source>Revert resize</source>
        <translation>Annuler le redimensionnement</translation>
    </message>
    <message>
        <source>Console</source>
        <extracomment>opens the instance&apos;s noVNC console in the web browser</extracomment>
        <translation>Console</translation>
    </message>
    <message>
        <source>Attach interface…</source>
        <translation>Attacher une interface…</translation>
    </message>
    <message>
        <source>Detach interface…</source>
        <translation>Détacher une interface…</translation>
    </message>
    <message>
        <source>Associate floating IP…</source>
        <translation>Associer une IP flottante…</translation>
    </message>
    <message>
        <source>Release floating IP…</source>
        <translation>Libérer une IP flottante…</translation>
    </message>
    <message>
        <source>Attach volume…</source>
        <translation>Attacher un volume…</translation>
    </message>
    <message>
        <source>Detach volume…</source>
        <translation>Détacher un volume…</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>joins a list of names: &quot;%1 and %2&quot; = &quot;web-1, web-2 and db&quot; (%1 already holds the commas)</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Impossible de démarrer %1.</translation>
    </message>
    <message>
        <source>Could not stop %1.</source>
        <translation>Impossible d’arrêter %1.</translation>
    </message>
    <message>
        <source>Could not reboot %1.</source>
        <translation>Impossible de redémarrer %1.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not shelve %1.</source>
        <translation>Impossible de remiser %1.</translation>
    </message>
    <message>
        <source>Could not unshelve %1.</source>
        <translation>Impossible de sortir %1 de la remise.</translation>
    </message>
    <message>
        <source>Could not lock %1.</source>
        <translation>Impossible de verrouiller %1.</translation>
    </message>
    <message>
        <source>Could not unlock %1.</source>
        <translation>Impossible de déverrouiller %1.</translation>
    </message>
    <message>
        <source>Could not rescue %1.</source>
        <translation>Impossible de passer %1 en mode secours.</translation>
    </message>
    <message>
        <source>Could not unrescue %1.</source>
        <translation>Impossible de sortir %1 du mode secours.</translation>
    </message>
    <message>
        <source>Could not resize %1.</source>
        <translation>Impossible de redimensionner %1.</translation>
    </message>
    <message>
        <source>Could not confirm the resize of %1.</source>
        <translation>Impossible de confirmer le redimensionnement de %1.</translation>
    </message>
    <message>
        <source>Could not revert the resize of %1.</source>
        <translation>Impossible d’annuler le redimensionnement de %1.</translation>
    </message>
    <message>
        <source>The action on %1 failed.</source>
        <translation>L’action sur %1 a échoué.</translation>
    </message>
    <message>
        <source>Boots stopped instances.</source>
        <translation>Démarre les instances arrêtées.</translation>
    </message>
    <message>
        <source>Shuts instances down; their disks and addresses are kept.</source>
        <translation>Arrête les instances&#xa0;; leurs disques et adresses sont conservés.</translation>
    </message>
    <message>
        <source>Asks the guest systems to restart.</source>
        <translation>Demande aux systèmes invités de redémarrer.</translation>
    </message>
    <message>
        <source>Power-cycles instances, like pressing their reset button.</source>
        <translation>Redémarre brutalement les instances, comme un appui sur leur bouton de réinitialisation.</translation>
    </message>
    <message>
        <source>Deletes instances and their root disks; attached volumes are kept.</source>
        <translation>Supprime les instances et leurs disques racine&#xa0;; les volumes attachés sont conservés.</translation>
    </message>
    <message>
        <source>Snapshots and stops instances, freeing their hosts; unshelve brings them back.</source>
        <translation>Crée un instantané des instances et les arrête, libérant leurs hôtes&#xa0;; «&#xa0;Sortir de la remise&#xa0;» les rétablit.</translation>
    </message>
    <message>
        <source>Brings shelved instances back.</source>
        <translation>Rétablit les instances remisées.</translation>
    </message>
    <message>
        <source>Protects instances from any action, deletion included, until unlocked.</source>
        <translation>Protège les instances de toute action, suppression comprise, jusqu’à leur déverrouillage.</translation>
    </message>
    <message>
        <source>Allows actions on instances again.</source>
        <translation>Autorise de nouveau les actions sur les instances.</translation>
    </message>
    <message>
        <source>Restarts an instance from a rescue image with its own disk attached, to repair it.</source>
        <translation>Redémarre une instance à partir d’une image de secours, avec son propre disque attaché, pour la réparer.</translation>
    </message>
    <message>
        <source>Restarts a rescued instance from its own disk.</source>
        <translation>Redémarre une instance en mode secours à partir de son propre disque.</translation>
    </message>
    <message>
        <source>Saves the instance&apos;s disk as a new image.</source>
        <translation>Enregistre le disque de l’instance comme nouvelle image.</translation>
    </message>
    <message>
        <source>Moves the instance to another flavor; confirm or revert afterwards.</source>
        <translation>Fait passer l’instance à un autre gabarit&#xa0;; confirmez ou annulez ensuite.</translation>
    </message>
    <message>
        <source>Keeps the new flavor and frees the old one.</source>
        <translation>Conserve le nouveau gabarit et libère l’ancien.</translation>
    </message>
    <message>
        <source>Goes back to the previous flavor.</source>
        <translation>Revient au gabarit précédent.</translation>
    </message>
    <message>
        <source>Opens the instance&apos;s graphical console (noVNC) in the web browser.</source>
        <translation>Ouvre la console graphique de l’instance (noVNC) dans le navigateur web.</translation>
    </message>
    <message>
        <source>Plugs the instance into a network or onto an existing port.</source>
        <translation>Connecte l’instance à un réseau ou à un port existant.</translation>
    </message>
    <message>
        <source>Unplugs one of the instance&apos;s network interfaces.</source>
        <translation>Déconnecte l’une des interfaces réseau de l’instance.</translation>
    </message>
    <message>
        <source>Makes the instance reachable at a public address.</source>
        <translation>Rend l’instance joignable à une adresse publique.</translation>
    </message>
    <message>
        <source>Takes a public address off the instance.</source>
        <translation>Retire une adresse publique de l’instance.</translation>
    </message>
    <message>
        <source>Attaches an available volume as a new disk.</source>
        <translation>Attache un volume disponible comme nouveau disque.</translation>
    </message>
    <message>
        <source>Detaches a volume; its data is kept.</source>
        <translation>Détache un volume&#xa0;; ses données sont conservées.</translation>
    </message>
</context>
<context>
    <name>zenith::InstanceActions</name>
    <message>
        <source>Reboot</source>
        <extracomment>toolbar button with the soft and hard reboot actions</extracomment>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>toolbar button with the less frequent instance actions</extracomment>
        <translation>Plus</translation>
    </message>
    <message>
        <source>%1 is in error:</source>
        <extracomment>banner over the instances when the selected one is in ERROR; its fault follows</extracomment>
        <translation>%1 est en erreur&#xa0;:</translation>
    </message>
    <message>
        <source>These instances are in error:</source>
        <translation>Ces instances sont en erreur&#xa0;:</translation>
    </message>
    <message>
        <source>%1-snapshot-%2</source>
        <extracomment>default name of a snapshot image: %1 the instance, %2 today&apos;s date</extracomment>
        <translation>%1-snapshot-%2</translation>
    </message>
    <message>
        <source>Delete instances</source>
        <translation>Supprimer des instances</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <extracomment>%1: &quot;web-1&quot;, &quot;web-1 and db&quot; or &quot;web-1, web-2 and db&quot;</extracomment>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone. Attached volumes are detached and kept.</source>
        <translation>Cette action est irréversible. Les volumes attachés sont détachés et conservés.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)?</source>
        <translation>
            <numerusform>Supprimer %n instance&#xa0;?</numerusform>
            <numerusform>Supprimer %n instances&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)</source>
        <extracomment>the confirmation&apos;s button; %n instances are deleted</extracomment>
        <translation>
            <numerusform>Supprimer %n instance</numerusform>
            <numerusform>Supprimer %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Créer un instantané</translation>
    </message>
    <message>
        <source>Name of the image made from %1:</source>
        <translation>Nom de l’image créée à partir de %1&#xa0;:</translation>
    </message>
    <message>
        <source>The image needs a name.</source>
        <translation>L’image doit avoir un nom.</translation>
    </message>
    <message>
        <source>Could not snapshot %1.</source>
        <translation>Impossible de créer un instantané de %1.</translation>
    </message>
    <message>
        <source>Nova is saving %1 as the image &quot;%2&quot;; it appears under Images once uploaded.</source>
        <translation>Nova enregistre %1 sous forme d’image «&#xa0;%2&#xa0;»&#xa0;; elle apparaîtra dans Images une fois téléversée.</translation>
    </message>
    <message>
        <source>The flavors could not be listed.</source>
        <translation>Impossible de lister les gabarits.</translation>
    </message>
    <message>
        <source>%1 GiB RAM</source>
        <translation>%1 Gio de RAM</translation>
    </message>
    <message>
        <source>%1 MiB RAM</source>
        <translation>%1 Mio de RAM</translation>
    </message>
    <message>
        <source>%1 — %2 vCPU, %3, %4 GiB disk</source>
        <extracomment>a flavor in the resize picker: name, vCPUs, RAM (&quot;4 GiB RAM&quot;), root disk in GiB</extracomment>
        <translation>%1 — %2 vCPU, %3, disque de %4 Gio</translation>
    </message>
    <message>
        <source>There is no other flavor to resize %1 to.</source>
        <translation>Il n’existe aucun autre gabarit vers lequel redimensionner %1.</translation>
    </message>
    <message>
        <source>Resize instance</source>
        <translation>Redimensionner l’instance</translation>
    </message>
    <message>
        <source>New flavor for %1 (now %2). It restarts; then confirm or revert the resize.</source>
        <translation>Nouveau gabarit pour %1 (actuellement %2). L’instance redémarre&#xa0;; confirmez ou annulez ensuite le redimensionnement.</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Could not open the console of %1.</source>
        <translation>Impossible d’ouvrir la console de %1.</translation>
    </message>
    <message>
        <source>The cloud returned no console URL for %1: its noVNC console may be disabled.</source>
        <translation>Le cloud n’a renvoyé aucune URL de console pour %1&#xa0;: sa console noVNC est peut-être désactivée.</translation>
    </message>
    <message>
        <source>No web browser could open the console of %1.</source>
        <translation>Aucun navigateur web n’a pu ouvrir la console de %1.</translation>
    </message>
</context>
<context>
    <name>zenith::InstanceAttachments</name>
    <message>
        <source>The networks and ports could not be listed.</source>
        <translation>Impossible de lister les réseaux et les ports.</translation>
    </message>
    <message>
        <source>Network %1</source>
        <extracomment>a choice in the attach-interface picker: a whole network (Nova creates the port)</extracomment>
        <translation>Réseau %1</translation>
    </message>
    <message>
        <source>Port %1 (%2: %3)</source>
        <extracomment>a choice in the attach-interface picker: an existing free port, its network and addresses</extracomment>
        <translation>Port %1 (%2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>There is no network or free port to plug %1 into.</source>
        <translation>Il n’existe aucun réseau ni port libre auquel connecter %1.</translation>
    </message>
    <message>
        <source>Attach interface</source>
        <translation>Attacher une interface</translation>
    </message>
    <message>
        <source>Plug %1 into a network (a new port) or onto an existing port:</source>
        <translation>Connecter %1 à un réseau (nouveau port) ou à un port existant&#xa0;:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attacher</translation>
    </message>
    <message>
        <source>Could not attach an interface to %1.</source>
        <translation>Impossible d’attacher une interface à %1.</translation>
    </message>
    <message>
        <source>Plugs the instance into a network or onto an existing port.</source>
        <translation>Connecte l’instance à un réseau ou à un port existant.</translation>
    </message>
    <message>
        <source>The interfaces of %1 could not be listed.</source>
        <translation>Impossible de lister les interfaces de %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>an interface in the detach picker: network, addresses, MAC address</extracomment>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 has no network interface.</source>
        <translation>%1 n’a aucune interface réseau.</translation>
    </message>
    <message>
        <source>Detach interface</source>
        <translation>Détacher une interface</translation>
    </message>
    <message>
        <source>Unplug this interface of %1:</source>
        <translation>Déconnecter cette interface de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Could not detach the interface of %1.</source>
        <translation>Impossible de détacher l’interface de %1.</translation>
    </message>
    <message>
        <source>Unplugs one of the instance&apos;s network interfaces.</source>
        <translation>Déconnecte l’une des interfaces réseau de l’instance.</translation>
    </message>
    <message>
        <source>The volumes could not be listed.</source>
        <translation>Impossible de lister les volumes.</translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <extracomment>a volume in the attach picker: name and size</extracomment>
        <translation>%1 (%2 Gio)</translation>
    </message>
    <message>
        <source>There is no available volume to attach to %1: create one under Volumes.</source>
        <translation>Aucun volume disponible à attacher à %1&#xa0;: créez-en un dans Volumes.</translation>
    </message>
    <message>
        <source>Attach volume</source>
        <translation>Attacher un volume</translation>
    </message>
    <message>
        <source>Attach this volume to %1:</source>
        <translation>Attacher ce volume à %1&#xa0;:</translation>
    </message>
    <message>
        <source>Could not attach %1 to %2.</source>
        <translation>Impossible d’attacher %1 à %2.</translation>
    </message>
    <message>
        <source>Attaches an available volume as a new disk.</source>
        <translation>Attache un volume disponible comme nouveau disque.</translation>
    </message>
    <message>
        <source>%1 (%2 GiB, %3)</source>
        <extracomment>an attached volume in the detach picker: name, size, device</extracomment>
        <translation>%1 (%2 Gio, %3)</translation>
    </message>
    <message>
        <source>No volume is attached to %1.</source>
        <translation>Aucun volume n’est attaché à %1.</translation>
    </message>
    <message>
        <source>Detach volume</source>
        <translation>Détacher un volume</translation>
    </message>
    <message>
        <source>Detach this volume from %1 (unmount it in the guest first):</source>
        <translation>Détacher ce volume de %1 (démontez-le d’abord dans le système invité)&#xa0;:</translation>
    </message>
    <message>
        <source>Could not detach %1 from %2.</source>
        <translation>Impossible de détacher %1 de %2.</translation>
    </message>
    <message>
        <source>Detaches a volume; its data is kept.</source>
        <translation>Détache un volume&#xa0;; ses données sont conservées.</translation>
    </message>
    <message>
        <source>The floating IPs could not be listed.</source>
        <translation>Impossible de lister les IP flottantes.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 port to map a floating IP to.</source>
        <translation>%1 n’a aucun port IPv4 auquel associer une IP flottante.</translation>
    </message>
    <message>
        <source>%1 (free)</source>
        <extracomment>a choice in the floating IP picker: an address the project holds already</extracomment>
        <translation>%1 (libre)</translation>
    </message>
    <message>
        <source>New address from %1</source>
        <extracomment>a choice in the floating IP picker: allocate a new address from this external network</extracomment>
        <translation>Nouvelle adresse depuis %1</translation>
    </message>
    <message>
        <source>This project has no free floating IP and no external network to allocate one from.</source>
        <translation>Ce projet n’a aucune IP flottante libre ni aucun réseau externe où en allouer une.</translation>
    </message>
    <message>
        <source>Associate floating IP</source>
        <translation>Associer une IP flottante</translation>
    </message>
    <message>
        <source>Public address for %1:</source>
        <translation>Adresse publique pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associer</translation>
    </message>
    <message>
        <source>Could not associate a floating IP with %1.</source>
        <translation>Impossible d’associer une IP flottante à %1.</translation>
    </message>
    <message>
        <source>%1 now reaches %2.</source>
        <translation>%1 pointe désormais vers %2.</translation>
    </message>
    <message>
        <source>Allocates a public address and maps it to the instance&apos;s port.</source>
        <translation>Alloue une adresse publique et l’associe au port de l’instance.</translation>
    </message>
    <message>
        <source>Makes the instance reachable at a public address.</source>
        <translation>Rend l’instance joignable à une adresse publique.</translation>
    </message>
    <message>
        <source>%1 has no floating IP.</source>
        <translation>%1 n’a aucune IP flottante.</translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation>Libérer une IP flottante</translation>
    </message>
    <message>
        <source>Floating IP to take off %1:</source>
        <translation>IP flottante à retirer de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Release %1 from %2?</source>
        <translation>Libérer %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <source>The instance is no longer reachable at this address. The project keeps the address unless you give it back.</source>
        <translation>L’instance ne sera plus joignable à cette adresse. Le projet conserve l’adresse, sauf si vous la rendez.</translation>
    </message>
    <message>
        <source>Give the address back to the pool</source>
        <extracomment>checkbox of the release confirmation: delete the floating IP instead of keeping it for later</extracomment>
        <translation>Rendre l’adresse au pool</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Could not release %1 from %2.</source>
        <translation>Impossible de libérer %1 de %2.</translation>
    </message>
    <message>
        <source>Gives the public address back to its external network.</source>
        <translation>Rend l’adresse publique à son réseau externe.</translation>
    </message>
    <message>
        <source>Takes a public address off the instance; the project keeps it.</source>
        <translation>Retire une adresse publique de l’instance&#xa0;; le projet la conserve.</translation>
    </message>
</context>
<context>
    <name>zenith::InstanceConsoleTab</name>
    <message>
        <source>Loading…</source>
        <extracomment>shown in the console log view while the log is fetched</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <extracomment>label of the console log&apos;s line count (50, 200, 1000, All)</extracomment>
        <translation>&amp;Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>the console log&apos;s line count: the whole log</extracomment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <extracomment>keep fetching the console log every few seconds and scroll to its end</extracomment>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Search the log (Enter: next match)</source>
        <translation>Chercher dans le journal (Entrée&#xa0;: occurrence suivante)</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <extracomment>number of matches of the console log search, e.g. &quot;3 matches&quot;</extracomment>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::InstanceDetails</name>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <extracomment>tab of the instance details: the server&apos;s network ports</extracomment>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>Journal de la console</translation>
    </message>
    <message>
        <source>Action log</source>
        <extracomment>tab of the instance details: Nova&apos;s instance actions (create, stop...) with their request IDs</extracomment>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <source>Metadata and tags</source>
        <translation>Métadonnées et étiquettes</translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>Sélectionnez une instance pour en voir les détails.</translation>
    </message>
    <message>
        <source>Port ID</source>
        <translation>ID du port</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Fixed IPs</source>
        <translation>IP fixes</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Groupes de sécurité</translation>
    </message>
    <message>
        <source>Port security</source>
        <extracomment>column: whether Neutron&apos;s port security (anti-spoofing, security groups) is on</extracomment>
        <translation>Sécurité du port</translation>
    </message>
    <message>
        <source>Allowed address pairs</source>
        <translation>Paires d’adresses autorisées</translation>
    </message>
    <message>
        <source>This instance has no network interface.</source>
        <translation>Cette instance n’a aucune interface réseau.</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>column of the attached volumes: the device name inside the instance, e.g. /dev/vdb</extracomment>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation>ID du volume</translation>
    </message>
    <message>
        <source>No volume is attached to this instance.</source>
        <translation>Aucun volume n’est attaché à cette instance.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Identifiant de requête</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No action recorded for this instance.</source>
        <translation>Aucune action enregistrée pour cette instance.</translation>
    </message>
    <message>
        <source>This instance no longer exists: it was deleted.</source>
        <translation>Cette instance n’existe plus&#xa0;: elle a été supprimée.</translation>
    </message>
    <message>
        <source>The instance&apos;s interfaces could not be listed.</source>
        <translation>Impossible d’obtenir la liste des interfaces de l’instance.</translation>
    </message>
    <message>
        <source>The instance&apos;s volumes could not be listed.</source>
        <translation>Impossible d’obtenir la liste des volumes de l’instance.</translation>
    </message>
    <message>
        <source>The instance&apos;s console log could not be read.</source>
        <translation>Impossible de lire le journal de la console de l’instance.</translation>
    </message>
    <message>
        <source>The instance&apos;s action log could not be read.</source>
        <translation>Impossible de lire le journal des actions de l’instance.</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>a volume&apos;s size in gibibytes</extracomment>
        <translation>%1 Gio</translation>
    </message>
</context>
<context>
    <name>zenith::InstanceMetadataTab</name>
    <message>
        <source>Tags: none</source>
        <extracomment>%1: the instance&apos;s tags, comma-separated</extracomment>
        <translation>Étiquettes&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>column of an instance&apos;s metadata: the item&apos;s key</extracomment>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>This instance has no metadata.</source>
        <translation>Cette instance n’a aucune métadonnée.</translation>
    </message>
</context>
<context>
    <name>zenith::InstanceOverviewTab</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>Flavor:</source>
        <translation>Gabarit&#xa0;:</translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation>Paire de clés&#xa0;:</translation>
    </message>
    <message>
        <source>Availability zone:</source>
        <translation>Zone de disponibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>Groupes de sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée le&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour le&#xa0;:</translation>
    </message>
    <message>
        <source>Host ID:</source>
        <extracomment>Nova&apos;s hostId: the compute host hashed per project; equal values mean the same host</extracomment>
        <translation>ID de l’hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Locked:</source>
        <extracomment>whether the instance is locked against actions</extracomment>
        <translation>Verrouillée&#xa0;:</translation>
    </message>
    <message>
        <source>Config drive:</source>
        <translation>Lecteur de configuration&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vCPU(s), %2 RAM, %3 GiB disk</source>
        <extracomment>an instance&apos;s flavor: its name, then vCPUs, RAM and root disk, e.g. &quot;d2-2: 1 vCPU, 2 GiB RAM, 25 GiB disk&quot;</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %n vCPU, %2 de RAM, disque de %3 Gio</numerusform>
            <numerusform>%1&#xa0;: %n vCPU, %2 de RAM, disque de %3 Gio</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Booted from a volume</source>
        <extracomment>the image field of an instance that boots from a volume</extracomment>
        <translation>Démarrée depuis un volume</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <extracomment>&quot;Yes (reason given when locking)&quot;</extracomment>
        <translation>Oui (%1)</translation>
    </message>
    <message>
        <source>This instance no longer exists: it was deleted.</source>
        <extracomment>the instance shown in the details panel was deleted (by someone else, or meanwhile)</extracomment>
        <translation>Cette instance n’existe plus&#xa0;: elle a été supprimée.</translation>
    </message>
    <message>
        <source>Nova reports a fault (code %2): %1</source>
        <extracomment>%1: Nova&apos;s fault message, e.g. &quot;No valid host was found.&quot;; %2: its code, e.g. 500</extracomment>
        <translation>Nova signale une erreur (code %2)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Action log tab gives the request ID to quote when asking for help.</source>
        <translation>L’onglet Journal des actions indique l’identifiant de requête à citer lorsque vous demandez de l’aide.</translation>
    </message>
</context>
<context>
    <name>zenith::InstancesModel</name>
    <message>
        <source>Active</source>
        <extracomment>Nova server statuses, as shown in the Instances table</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Hard reboot</source>
        <translation>Redémarrage forcé</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionnement</translation>
    </message>
    <message>
        <source>Confirm resize</source>
        <translation>Redimensionnement à confirmer</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Remisée</translation>
    </message>
    <message>
        <source>Shelved (offloaded)</source>
        <translation>Remisée (déchargée)</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <extracomment>column of the instances table: the server&apos;s IP addresses, grouped by network</extracomment>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>Paire de clés</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Zone de disponibilité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an instance&apos;s status and the task Nova is running on it, e.g. &quot;Build (spawning)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(volume)</source>
        <extracomment>the image column for an instance booted from a volume</extracomment>
        <translation>(volume)</translation>
    </message>
</context>
<context>
    <name>zenith::InstancesSection</name>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Search by name, IP address, status or ID</source>
        <extracomment>placeholder of the search box above the instances table</extracomment>
        <translation>Chercher par nom, adresse IP, état ou identifiant</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <extracomment>count next to the search box; or &quot;%1 of %2&quot; when it filters: %1 instances shown of %2</extracomment>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Sign in to a cloud to see its instances.</source>
        <translation>Connectez-vous à un cloud pour voir ses instances.</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>Chargement des instances…</translation>
    </message>
    <message>
        <source>No instances in this project yet.</source>
        <translation>Aucune instance dans ce projet pour l’instant.</translation>
    </message>
    <message>
        <source>The instances could not be listed.</source>
        <extracomment>shown above (or instead of) the instances table when listing them failed</extracomment>
        <translation>Impossible de lister les instances.</translation>
    </message>
    <message>
        <source>Launch instance…</source>
        <translation>Lancer une instance…</translation>
    </message>
</context>
<context>
    <name>zenith::KeypairGenerateDialog</name>
    <message>
        <source>Generate a Key Pair</source>
        <extracomment>Title of the dialog that makes a new SSH key on this computer</extracomment>
        <translation>Générer une paire de clés</translation>
    </message>
    <message>
        <source>Zenith runs ssh-keygen to make a new Ed25519 key on this computer. The private key is saved where you choose, without a passphrase and readable only by you (mode 0600); it never leaves this computer. Only the public key is uploaded.</source>
        <translation>Zenith exécute ssh-keygen pour créer une nouvelle clé Ed25519 sur cet ordinateur. La clé privée est enregistrée à l’emplacement de votre choix, sans phrase de passe et lisible par vous seul (mode 0600)&#xa0;; elle ne quitte jamais cet ordinateur. Seule la clé publique est envoyée.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <extracomment>Form label: the file the new private key is written to</extracomment>
        <translation>Clé &amp;privée&#xa0;:</translation>
    </message>
    <message>
        <source>for example laptop</source>
        <translation>par exemple portable</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <extracomment>%1 is the public key file written next to the private key, e.g. &quot;~/.ssh/id_ed25519_lab.pub&quot;</extracomment>
        <translation>Clé publique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Generate and Import</source>
        <extracomment>Button: make the key on this computer, then upload its public half</extracomment>
        <translation>&amp;Générer et importer</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>Uploading the public key…</source>
        <translation>Envoi de la clé publique…</translation>
    </message>
    <message>
        <source>ssh-keygen was not found on this computer, so no key can be made here. Install the openssh-client package (on Debian or Ubuntu: sudo apt install openssh-client) and try again, or import a public key you already have.</source>
        <translation>ssh-keygen est introuvable sur cet ordinateur&#xa0;: aucune clé ne peut donc être créée ici. Installez le paquet openssh-client (sous Debian ou Ubuntu&#xa0;: sudo apt install openssh-client) puis réessayez, ou importez une clé publique que vous possédez déjà.</translation>
    </message>
    <message>
        <source>Save the Private Key As</source>
        <translation>Enregistrer la clé privée sous</translation>
    </message>
    <message>
        <source>A key pair named %1 already exists. Choose another name.</source>
        <translation>Une paire de clés nommée %1 existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation>Connectez-vous d’abord à un cloud.</translation>
    </message>
    <message>
        <source>Choose where to save the private key.</source>
        <translation>Choisissez où enregistrer la clé privée.</translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name for the private key, for example id_ed25519_%2.</source>
        <translation>%1 est un dossier. Ajoutez un nom de fichier pour la clé privée, par exemple id_ed25519_%2.</translation>
    </message>
    <message>
        <source>Replace the Existing Key?</source>
        <translation>Remplacer la clé existante&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new key?</source>
        <translation>%1 existe déjà. Le remplacer par la nouvelle clé&#xa0;?</translation>
    </message>
    <message>
        <source>The key now in this file is lost for good: servers and services that accept only that key will no longer let you in with it.</source>
        <translation>La clé actuellement dans ce fichier sera définitivement perdue&#xa0;: les serveurs et services qui n’acceptent que cette clé ne vous laisseront plus vous connecter avec elle.</translation>
    </message>
    <message>
        <source>Replace</source>
        <extracomment>Button: overwrite the existing private key file</extracomment>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>The folder %1 could not be created or written to. Choose another place for the private key.</source>
        <translation>Impossible de créer le dossier %1 ou d’y écrire. Choisissez un autre emplacement pour la clé privée.</translation>
    </message>
    <message>
        <source>ssh-keygen could not be started: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Impossible de démarrer ssh-keygen&#xa0;: %1</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <extracomment>%1 is ssh-keygen&apos;s own error message</extracomment>
        <translation>Échec de ssh-keygen&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new key could not be saved as %1: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation>Impossible d’enregistrer la nouvelle clé sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key was made and saved as %1, but the cloud did not accept its public key. Change the name if it is taken and try again: only the upload is retried.</source>
        <extracomment>%1 is the private key file; the server&apos;s explanation follows</extracomment>
        <translation>La clé a été créée et enregistrée sous %1, mais le cloud n’a pas accepté sa clé publique. Changez le nom s’il est déjà pris, puis réessayez&#xa0;: seul l’envoi sera relancé.</translation>
    </message>
    <message>
        <source>Makes an Ed25519 key on this computer (the private key %1 stays here), then uploads its public key as the key pair %2.</source>
        <extracomment>%1 is the private key file, %2 the key pair name</extracomment>
        <translation>Crée une clé Ed25519 sur cet ordinateur (la clé privée %1 y reste), puis envoie sa clé publique comme paire de clés %2.</translation>
    </message>
</context>
<context>
    <name>zenith::KeypairImportDialog</name>
    <message>
        <source>Import a Public Key</source>
        <extracomment>Title of the dialog that uploads an existing SSH public key</extracomment>
        <translation>Importer une clé publique</translation>
    </message>
    <message>
        <source>Upload the public half of an SSH key you already have, so that new instances let you log in with it. Choose its .pub file or paste its content. The private key stays on your computer.</source>
        <translation>Envoyez la partie publique d’une clé SSH que vous possédez déjà, afin de pouvoir vous connecter avec elle aux nouvelles instances. Choisissez son fichier .pub ou collez son contenu. La clé privée reste sur votre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label: the name of the key pair in OpenStack</extracomment>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clé &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>for example laptop</source>
        <extracomment>Placeholder of the key pair name field</extracomment>
        <translation>par exemple portable</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… you@your-computer</source>
        <extracomment>Placeholder of the public key box: the start of an OpenSSH public key line</extracomment>
        <translation>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… vous@votre-ordinateur</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>or paste the content of a .pub file above</source>
        <translation>ou collez le contenu d’un fichier .pub ci-dessus</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <extracomment>%1 is the file the key was read from, e.g. &quot;~/.ssh/id_ed25519.pub&quot;</extracomment>
        <translation>Lue depuis %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>Button that uploads the public key</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation>Choisir une clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Clés publiques (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <extracomment>%1 is a file name, %2 says what it is and what to pick instead</extracomment>
        <translation>Impossible d’importer %1. %2</translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation>Connectez-vous d’abord à un cloud.</translation>
    </message>
    <message>
        <source>A key pair named %1 already exists. Choose another name, or delete the old key pair first.</source>
        <translation>Une paire de clés nommée %1 existe déjà. Choisissez un autre nom ou supprimez d’abord l’ancienne paire de clés.</translation>
    </message>
    <message>
        <source>The key pair could not be imported.</source>
        <extracomment>Shown above the server&apos;s explanation when an import failed</extracomment>
        <translation>Impossible d’importer la paire de clés.</translation>
    </message>
    <message>
        <source>Imports the public key %1 as the key pair %2.</source>
        <extracomment>%1 is a file name, %2 a key pair name</extracomment>
        <translation>Importe la clé publique %1 comme paire de clés %2.</translation>
    </message>
    <message>
        <source>Imports a public key as the key pair %1. The command reads a file: save the pasted key as %2 first.</source>
        <extracomment>%1 is a key pair name, %2 a file name such as &quot;laptop.pub&quot;</extracomment>
        <translation>Importe une clé publique comme paire de clés %1. La commande lit un fichier&#xa0;: enregistrez d’abord la clé collée sous %2.</translation>
    </message>
</context>
<context>
    <name>zenith::KeypairsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: the kind of key pair (SSH or X.509)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fingerprint (MD5)</source>
        <extracomment>Column: the MD5 fingerprint of the public key, as `ssh-keygen -l -E md5` prints it</extracomment>
        <translation>Empreinte (MD5)</translation>
    </message>
    <message>
        <source>X.509</source>
        <extracomment>Key pair type: an X.509 certificate (for Windows images)</extracomment>
        <translation>X.509</translation>
    </message>
    <message>
        <source>SSH</source>
        <extracomment>Key pair type: an SSH public key</extracomment>
        <translation>SSH</translation>
    </message>
</context>
<context>
    <name>zenith::KeypairsSection</name>
    <message>
        <source>Key Pairs</source>
        <extracomment>Compute pane tab: the user&apos;s SSH key pairs</extracomment>
        <translation>Paires de clés</translation>
    </message>
    <message>
        <source>Search key pairs by name, fingerprint or comment</source>
        <extracomment>Placeholder of the search box of the Key pairs tab</extracomment>
        <translation>Rechercher des paires de clés par nom, empreinte ou commentaire</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>Button: upload an existing public key (opens a dialog)</extracomment>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Upload the public key of an SSH key you already have (a .pub file, or pasted)</source>
        <translation>Envoyer la clé publique d’une clé SSH que vous possédez déjà (fichier .pub ou texte collé)</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <extracomment>Button: make a new SSH key on this computer (opens a dialog)</extracomment>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <source>Make a new Ed25519 key on this computer with ssh-keygen and upload its public key</source>
        <translation>Créer une nouvelle clé Ed25519 sur cet ordinateur avec ssh-keygen et envoyer sa clé publique</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Copy Public Key</source>
        <extracomment>Context menu: copy the selected key pair&apos;s public key (one line, for authorized_keys)</extracomment>
        <translation>Copier la clé publique</translation>
    </message>
    <message numerus="yes">
        <source>%n key pair(s)</source>
        <extracomment>Count next to the search box; or &quot;%1 of %2&quot; when it filters</extracomment>
        <translation>
            <numerusform>%n paire de clés</numerusform>
            <numerusform>%n paires de clés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Sign in to a cloud to see your key pairs.</source>
        <translation>Connectez-vous à un cloud pour voir vos paires de clés.</translation>
    </message>
    <message>
        <source>Loading key pairs…</source>
        <translation>Chargement des paires de clés…</translation>
    </message>
    <message>
        <source>You have no key pairs yet.
Import the public key of an SSH key you already have, or generate a new one: instances launched with a key pair let you log in with its private key.</source>
        <translation>Vous n’avez encore aucune paire de clés.
Importez la clé publique d’une clé SSH que vous possédez déjà, ou générez-en une nouvelle&#xa0;: les instances lancées avec une paire de clés vous permettent de vous connecter avec sa clé privée.</translation>
    </message>
    <message>
        <source>The key pairs could not be listed.</source>
        <extracomment>Shown above (or instead of) the key pairs table when listing them failed</extracomment>
        <translation>Impossible d’obtenir la liste des paires de clés.</translation>
    </message>
    <message>
        <source>Key pair %1 imported.</source>
        <extracomment>%1 is a key pair name</extracomment>
        <translation>Paire de clés %1 importée.</translation>
    </message>
    <message>
        <source>Key pair %1 created. Its private key is %2: log in to an instance launched with it with ssh -i %2 USER@ADDRESS.</source>
        <extracomment>%1 is a key pair name, %2 the private key file; the ssh command shows how to use it</extracomment>
        <translation>Paire de clés %1 créée. Sa clé privée est %2&#xa0;: connectez-vous à une instance lancée avec elle par ssh -i %2 USER@ADDRESS.</translation>
    </message>
    <message>
        <source>Delete the key pair %1?</source>
        <translation>Supprimer la paire de clés %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n key pairs?</source>
        <translation>
            <numerusform>Supprimer %n paire de clés&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n paires de clés&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After a list of key pair names cut short</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Key Pairs</source>
        <translation>Supprimer les paires de clés</translation>
    </message>
    <message>
        <source>Instances that already use them keep working, and your private keys stay on your computer. You can import the same public keys again later.</source>
        <translation>Les instances qui les utilisent déjà continuent de fonctionner, et vos clés privées restent sur votre ordinateur. Vous pourrez réimporter les mêmes clés publiques plus tard.</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of the confirmation: delete the key pairs</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n key pair(s).</source>
        <translation>
            <numerusform>Supprime %n paire de clés.</numerusform>
            <numerusform>Supprime %n paires de clés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted. %2</source>
        <extracomment>%1 is a key pair name, %2 the reason (several lines)</extracomment>
        <translation>Impossible de supprimer %1. %2</translation>
    </message>
</context>
<context>
    <name>zenith::LabAccessPage</name>
    <message>
        <source>Access</source>
        <extracomment>A step of the lab wizard: key pair, domain and HTTPS certificate</extracomment>
        <translation>Accès</translation>
    </message>
    <message>
        <source>How you reach the lab: the SSH key its servers accept, and optionally a domain name with an HTTPS certificate.</source>
        <translation>Comment accéder au lab&#xa0;: la clé SSH qu’acceptent ses serveurs et, si vous le souhaitez, un nom de domaine avec un certificat HTTPS.</translation>
    </message>
    <message>
        <source>&amp;Key pair:</source>
        <translation>&amp;Paire de clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <source>You log in to the gateway with this key, and through it to the private servers.</source>
        <translation>Vous vous connectez à la passerelle avec cette clé, puis, par son intermédiaire, aux serveurs privés.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>optional, e.g. my-lab.example.org</source>
        <translation>facultatif, p. ex. my-lab.example.org</translation>
    </message>
    <message>
        <source>DNS &amp;service:</source>
        <translation>&amp;Service DNS&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>DNS provider: no DNS records are created</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Designate (the cloud&apos;s DNS)</source>
        <extracomment>DNS provider: OpenStack&apos;s DNS service</extracomment>
        <translation>Designate (le DNS du cloud)</translation>
    </message>
    <message>
        <source>OVHcloud domain API</source>
        <extracomment>DNS provider: OVHcloud&apos;s domain API</extracomment>
        <translation>API des domaines OVHcloud</translation>
    </message>
    <message>
        <source>Creates A records for the domain and www, pointing at the gateway&apos;s public address. The zone must already exist there.</source>
        <translation>Crée des enregistrements A pour le domaine et www, pointant vers l’adresse publique de la passerelle. La zone doit déjà exister dans ce service.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt &amp;e-mail:</source>
        <translation>&amp;E-mail Let&apos;s Encrypt&#xa0;:</translation>
    </message>
    <message>
        <source>optional: HTTPS needs a domain and an e-mail</source>
        <translation>facultatif&#xa0;: HTTPS nécessite un domaine et une adresse e-mail</translation>
    </message>
    <message>
        <source>Use Let&apos;s Encrypt&apos;s &amp;staging server</source>
        <translation>Utiliser le serveur de &amp;test (staging) de Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Staging certificates are not trusted by browsers, but a whole class can get them: the real service allows only a few certificates per domain and week.</source>
        <translation>Les navigateurs ne font pas confiance aux certificats de l’environnement de test (staging), mais toute une classe peut en obtenir&#xa0;: le service réel n’accorde que quelques certificats par domaine et par semaine.</translation>
    </message>
</context>
<context>
    <name>zenith::LabCheckText</name>
    <message>
        <source>Every server is created and running</source>
        <translation>Tous les serveurs sont créés et en cours d’exécution</translation>
    </message>
    <message>
        <source>Every server is on the private network at its fixed address</source>
        <translation>Chaque serveur est sur le réseau privé, à son adresse fixe</translation>
    </message>
    <message>
        <source>The data volume is attached to the database server</source>
        <translation>Le volume de données est attaché au serveur de base de données</translation>
    </message>
    <message>
        <source>Each port has its security groups and each group its rules</source>
        <translation>Chaque port a ses groupes de sécurité, et chaque groupe ses règles</translation>
    </message>
    <message>
        <source>The key pair exists and every server has it</source>
        <translation>La paire de clés existe et tous les serveurs l’ont reçue</translation>
    </message>
    <message>
        <source>Each server&apos;s post-install script finished</source>
        <translation>Le script de post-installation de chaque serveur s’est terminé</translation>
    </message>
    <message>
        <source>The gateway has a public and a private port</source>
        <translation>La passerelle a un port public et un port privé</translation>
    </message>
    <message>
        <source>The gateway holds the subnet&apos;s gateway address</source>
        <translation>La passerelle porte l’adresse de passerelle du sous-réseau</translation>
    </message>
    <message>
        <source>The gateway may forward the private servers&apos; traffic</source>
        <translation>La passerelle peut relayer le trafic des serveurs privés</translation>
    </message>
    <message>
        <source>The subnet&apos;s gateway, DHCP pool and DNS server are the lab&apos;s</source>
        <translation>La passerelle, la plage DHCP et le serveur DNS du sous-réseau sont ceux du lab</translation>
    </message>
    <message>
        <source>Only the gateway has a public address</source>
        <translation>Seule la passerelle a une adresse publique</translation>
    </message>
    <message>
        <source>The domain&apos;s records point at the gateway</source>
        <translation>Les enregistrements du domaine pointent vers la passerelle</translation>
    </message>
    <message>
        <source>The web servers are in the lab&apos;s server group</source>
        <translation>Les serveurs web sont dans le groupe de serveurs du lab</translation>
    </message>
    <message>
        <source>A server in ERROR or still building cannot serve anything.</source>
        <translation>Un serveur en ERROR ou encore en construction ne peut rien servir.</translation>
    </message>
    <message>
        <source>The configuration files name the servers by their fixed private addresses.</source>
        <translation>Les fichiers de configuration désignent les serveurs par leurs adresses privées fixes.</translation>
    </message>
    <message>
        <source>MariaDB keeps its data on the volume, so the data outlives the server.</source>
        <translation>MariaDB conserve ses données sur le volume&#xa0;: elles survivent ainsi au serveur.</translation>
    </message>
    <message>
        <source>Security groups are the lab&apos;s firewall: only the gateway is reachable from the Internet, and each server accepts only what its role needs.</source>
        <translation>Les groupes de sécurité sont le pare-feu du lab&#xa0;: seule la passerelle est joignable depuis Internet, et chaque serveur n’accepte que ce dont son rôle a besoin.</translation>
    </message>
    <message>
        <source>Without the key pair&apos;s public key on the servers, SSH refuses you.</source>
        <translation>Sans la clé publique de la paire de clés sur les serveurs, SSH refuse votre connexion.</translation>
    </message>
    <message>
        <source>Running is not ready: each server&apos;s cloud-init prints a line on its console when the software is installed and configured.</source>
        <translation>«&#xa0;En cours d’exécution&#xa0;» ne veut pas dire «&#xa0;prêt&#xa0;»&#xa0;: le cloud-init de chaque serveur écrit une ligne sur sa console une fois les logiciels installés et configurés.</translation>
    </message>
    <message>
        <source>The gateway is the lab&apos;s only door: one leg on the Internet, one on the private network.</source>
        <translation>La passerelle est la seule porte du lab&#xa0;: un pied sur Internet, l’autre sur le réseau privé.</translation>
    </message>
    <message>
        <source>The private servers send everything to the subnet&apos;s gateway address: the gateway must hold it.</source>
        <translation>Les serveurs privés envoient tout à l’adresse de passerelle du sous-réseau&#xa0;: la passerelle doit porter cette adresse.</translation>
    </message>
    <message>
        <source>Neutron drops packets whose source is not the port&apos;s own address, such as the NATed replies coming back from the Internet, unless an allowed address pair (or port security off) lets them through.</source>
        <extracomment>%1 is the lab&apos;s name, the prefix of its resources</extracomment>
        <translation>Neutron rejette les paquets dont la source n’est pas l’adresse du port lui-même, comme les réponses traduites par NAT qui reviennent d’Internet, sauf si une paire d’adresses autorisée (ou la sécurité du port désactivée) les laisse passer.</translation>
    </message>
    <message>
        <source>DHCP gives the servers their route and name server: they must be the lab&apos;s gateway and name server.</source>
        <translation>Le DHCP fournit aux serveurs leur route et leur serveur de noms&#xa0;: ce doivent être la passerelle et le serveur de noms du lab.</translation>
    </message>
    <message>
        <source>Private servers reach the Internet through the gateway&apos;s NAT and are reached through it.</source>
        <translation>Les serveurs privés accèdent à Internet via le NAT de la passerelle, et c’est par elle qu’on les atteint.</translation>
    </message>
    <message>
        <source>The domain and www must resolve to the gateway&apos;s public address for the site and its certificate to work.</source>
        <translation>Le domaine et www doivent pointer vers l’adresse publique de la passerelle pour que le site et son certificat fonctionnent.</translation>
    </message>
    <message>
        <source>The server group spreads the web servers over hosts, so that one host failing leaves the site up.</source>
        <translation>Le groupe de serveurs répartit les serveurs web sur plusieurs hôtes, de sorte que la panne d’un hôte ne fasse pas tomber le site.</translation>
    </message>
    <message>
        <source>Look at the server&apos;s fault in the Compute area, delete it and resume the deployment.</source>
        <translation>Consultez l’erreur du serveur dans la section Calcul, supprimez-le et reprenez le déploiement.</translation>
    </message>
    <message>
        <source>Resume the deployment: it creates the missing ports with their fixed addresses.</source>
        <translation>Reprenez le déploiement&#xa0;: il crée les ports manquants avec leurs adresses fixes.</translation>
    </message>
    <message>
        <source>Compare the groups with the Plan page in the Network area, or tear the lab down and deploy it again.</source>
        <translation>Comparez les groupes avec la page Plan de la section Réseau, ou démontez le lab et déployez-le de nouveau.</translation>
    </message>
    <message>
        <source>Import the key pair again; servers get a key only when created, so rebuild them (tear down, deploy).</source>
        <translation>Importez de nouveau la paire de clés&#xa0;; un serveur ne reçoit sa clé qu’à sa création, il faut donc recréer les serveurs (démontage, puis déploiement).</translation>
    </message>
    <message>
        <source>Wait a minute and verify again; if it stays red, read the server&apos;s console log in the Compute area.</source>
        <translation>Attendez une minute et vérifiez de nouveau&#xa0;; si la vérification reste rouge, lisez le journal de console du serveur dans la section Calcul.</translation>
    </message>
    <message>
        <source>Resume the deployment, or attach the missing port to the gateway in the Ports tab.</source>
        <translation>Reprenez le déploiement, ou attachez le port manquant à la passerelle dans l’onglet Ports.</translation>
    </message>
    <message>
        <source>Set the gateway&apos;s private port&apos;s fixed address to the subnet&apos;s gateway address in the Ports tab.</source>
        <translation>Dans l’onglet Ports, donnez au port privé de la passerelle l’adresse de passerelle du sous-réseau comme adresse fixe.</translation>
    </message>
    <message>
        <source>Edit the subnet in the Network area: gateway = the first address, DNS server = the name server&apos;s address.</source>
        <translation>Modifiez le sous-réseau dans la section Réseau&#xa0;: passerelle = la première adresse, serveur DNS = l’adresse du serveur de noms.</translation>
    </message>
    <message>
        <source>Detach the public port or floating IP from the private server in the Network area.</source>
        <translation>Dans la section Réseau, détachez le port public ou l’IP flottante du serveur privé.</translation>
    </message>
    <message>
        <source>Update the records in the DNS area so that they hold the gateway&apos;s public address.</source>
        <translation>Mettez à jour les enregistrements dans la section DNS pour qu’ils contiennent l’adresse publique de la passerelle.</translation>
    </message>
    <message>
        <source>Servers join a group only when created: tear the web servers down and resume the deployment.</source>
        <translation>Un serveur ne rejoint un groupe qu’à sa création&#xa0;: supprimez les serveurs web et reprenez le déploiement.</translation>
    </message>
    <message>
        <source>Lab %1: checklist</source>
        <extracomment>Title of the exported checklist; %1 is the lab&apos;s name</extracomment>
        <translation>Lab %1&#xa0;: liste de vérification</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>In the exported checklist, before what to do about a red check</extracomment>
        <translation>Solution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attach the volume: openstack server add volume %1-db %1-db-data (or resume the deployment).</source>
        <extracomment>%1 is the lab&apos;s name, the prefix of its resources</extracomment>
        <translation>Attachez le volume&#xa0;: openstack server add volume %1-db %1-db-data (ou reprenez le déploiement).</translation>
    </message>
    <message>
        <source>Add the allowed address pair 0.0.0.0/0 to the gateway&apos;s private port: openstack port set --allowed-address ip-address=0.0.0.0/0 %1-lb-private.</source>
        <extracomment>%1 is the lab&apos;s name, the prefix of its resources</extracomment>
        <translation>Ajoutez la paire d’adresses autorisée 0.0.0.0/0 au port privé de la passerelle&#xa0;: openstack port set --allowed-address ip-address=0.0.0.0/0 %1-lb-private.</translation>
    </message>
</context>
<context>
    <name>zenith::LabCliRun</name>
    <message>
        <source>Cancelling: running steps finish, no new one starts…</source>
        <translation>Annulation&#xa0;: les étapes en cours se terminent, aucune nouvelle ne démarre…</translation>
    </message>
    <message>
        <source>Lab “%1”: %2 steps, the longest chain of dependent steps is %3.</source>
        <extracomment>%1 lab name, %2 number of steps, %3 length of the longest chain of dependent steps</extracomment>
        <translation>Lab «&#xa0;%1&#xa0;»&#xa0;: %2 étapes, la plus longue chaîne d’étapes dépendantes en compte %3.</translation>
    </message>
    <message>
        <source>No conflict with what the project holds.</source>
        <translation>Aucun conflit avec le contenu du projet.</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits&#xa0;:</translation>
    </message>
    <message>
        <source>Quota (needed, used, limit):</source>
        <translation>Quota (nécessaire, utilisé, limite)&#xa0;:</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>The quota could not be read entirely: %1</source>
        <translation>Le quota n’a pas pu être lu entièrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>Impossible de lire le projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the lab: %1</source>
        <translation>Impossible de lire le lab&#xa0;: %1</translation>
    </message>
    <message>
        <source>no system keyring answers</source>
        <translation>aucun trousseau système ne répond</translation>
    </message>
    <message>
        <source>the keyring did not answer in time (locked?)</source>
        <translation>le trousseau n’a pas répondu à temps (verrouillé&#xa0;?)</translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation>le trousseau a refusé l’accès</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>Impossible de lire la clé publique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing the key pair “%1” from %2…</source>
        <translation>Importation de la paire de clés «&#xa0;%1&#xa0;» depuis %2…</translation>
    </message>
    <message>
        <source>The key pair could not be imported: %1</source>
        <translation>Impossible d’importer la paire de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>--no-keyring: the lab&apos;s passwords are kept in memory for this run only.</source>
        <translation>--no-keyring&#xa0;: les mots de passe du lab ne sont conservés en mémoire que pour cette exécution.</translation>
    </message>
    <message>
        <source>The lab&apos;s passwords cannot be kept: %1. Run with --no-keyring to keep them in memory for this run only.</source>
        <translation>Impossible de conserver les mots de passe du lab&#xa0;: %1. Relancez avec --no-keyring pour les garder en mémoire pour cette exécution seulement.</translation>
    </message>
    <message>
        <source>Nothing was created: the plan conflicts with the project.</source>
        <translation>Rien n’a été créé&#xa0;: le plan est en conflit avec le projet.</translation>
    </message>
    <message>
        <source>Deploying lab “%1” (%2 steps; journal %3)…</source>
        <translation>Déploiement du lab «&#xa0;%1&#xa0;» (%2 étapes&#xa0;; journal %3)…</translation>
    </message>
    <message>
        <source>  %1 failed: %2</source>
        <translation>  %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deployment cancelled after %1 s: run the same command again to resume.</source>
        <translation>Déploiement annulé au bout de %1 s&#xa0;: relancez la même commande pour le reprendre.</translation>
    </message>
    <message>
        <source>Deployment failed after %1 s: fix the cause above, then run the same command again to resume.</source>
        <translation>Échec du déploiement au bout de %1 s&#xa0;: corrigez la cause indiquée ci-dessus, puis relancez la même commande pour le reprendre.</translation>
    </message>
    <message>
        <source>Lab “%1” deployed in %2 s (%3 API calls).</source>
        <translation>Lab «&#xa0;%1&#xa0;» déployé en %2 s (%3 appels d’API).</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>Adresse publique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web site: http://%1/</source>
        <translation>Site web&#xa0;: http://%1/</translation>
    </message>
    <message>
        <source>SSH to the gateway: ssh %1@%2</source>
        <translation>SSH vers la passerelle&#xa0;: ssh %1@%2</translation>
    </message>
    <message>
        <source>SSH to a private server through the gateway: ssh -J %1@%2 %1@%3</source>
        <extracomment>the gateway is the jump host (ssh -J) to reach private servers</extracomment>
        <translation>SSH vers un serveur privé via la passerelle (hôte de rebond)&#xa0;: ssh -J %1@%2 %1@%3</translation>
    </message>
    <message>
        <source>Nothing of lab “%1” exists.</source>
        <translation>Aucune ressource du lab «&#xa0;%1&#xa0;» n’existe.</translation>
    </message>
    <message>
        <source>%1 resources of lab “%2” to delete:</source>
        <translation>Ressources du lab «&#xa0;%2&#xa0;» à supprimer (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Lab “%1” torn down in %2 s (%3 API calls).</source>
        <translation>Lab «&#xa0;%1&#xa0;» démonté en %2 s (%3 appels d’API).</translation>
    </message>
    <message>
        <source>Teardown of lab “%1” incomplete after %2 s (%3 API calls): see the errors above, then run it again.</source>
        <translation>Démontage du lab «&#xa0;%1&#xa0;» incomplet au bout de %2 s (%3 appels d’API)&#xa0;: consultez les erreurs ci-dessus, puis relancez-le.</translation>
    </message>
    <message>
        <source>Snapshot “%1” of %2 requested:</source>
        <extracomment>%1 snapshot name, %2 volume name</extracomment>
        <translation>Instantané «&#xa0;%1&#xa0;» de %2 demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Snapshot “%1” is available (%2 GiB). To restore, create a volume from it:</source>
        <extracomment>%1 snapshot name, %2 its size in GiB</extracomment>
        <translation>L’instantané «&#xa0;%1&#xa0;» est disponible (%2 Gio). Pour le restaurer, créez un volume à partir de cet instantané&#xa0;:</translation>
    </message>
    <message>
        <source>Snapshots of lab “%1” (%2):</source>
        <extracomment>%1 lab name, %2 number of snapshots</extracomment>
        <translation>Instantanés du lab «&#xa0;%1&#xa0;» (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>The volume %1 does not exist: is lab “%2” deployed?</source>
        <extracomment>%1 volume name, %2 lab name</extracomment>
        <translation>Le volume %1 n’existe pas&#xa0;: le lab «&#xa0;%2&#xa0;» est-il déployé&#xa0;?</translation>
    </message>
    <message>
        <source>The database could not be snapshotted: %1</source>
        <translation>Impossible de prendre un instantané de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>  %1  %2  %3</source>
        <extracomment>A Heat event as a progress line: resource, Heat&apos;s status, Heat&apos;s reason</extracomment>
        <translation>  %1  %2  %3</translation>
    </message>
    <message>
        <source>  %1 of %2 servers ready</source>
        <translation>  Serveurs prêts&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Submitting lab “%1” to Heat as the stack %2:</source>
        <translation>Soumission du lab «&#xa0;%1&#xa0;» à Heat en tant que pile %2&#xa0;:</translation>
    </message>
    <message>
        <source>Heat could not create the lab: %1</source>
        <translation>Heat n’a pas pu créer le lab&#xa0;: %1</translation>
    </message>
    <message>
        <source>Heat goes on with the stack %1: `openstack stack event list %1` follows it, `zenith lab teardown` deletes it.</source>
        <translation>Heat poursuit la pile %1&#xa0;: `openstack stack event list %1` la suit, `zenith lab teardown` la supprime.</translation>
    </message>
    <message>
        <source>Deployment with Heat failed after %1 s: fix the cause above, delete the stack with `zenith lab teardown`, then deploy again.</source>
        <translation>Le déploiement avec Heat a échoué après %1&#xa0;s&#xa0;: corrigez la cause ci-dessus, supprimez la pile avec `zenith lab teardown`, puis déployez à nouveau.</translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <extracomment>A DNS record pointed at the lab&apos;s gateway: %1 its name, %2 the address</extracomment>
        <translation>  %1 → %2</translation>
    </message>
</context>
<context>
    <name>zenith::LabHeatView</name>
    <message>
        <source>Creating</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Deletion failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Heat&apos;s reason</source>
        <translation>Motif (Heat)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Deletes the stack, with what it created so far (asked first).</source>
        <translation>Supprime la pile, avec ce qu’elle a créé jusqu’ici (après confirmation).</translation>
    </message>
    <message>
        <source>&amp;Delete the stack…</source>
        <extracomment>Button under a failed Heat deployment: deletes the stack and what it made</extracomment>
        <translation>&amp;Supprimer la pile…</translation>
    </message>
    <message>
        <source>&amp;Delete the stack</source>
        <translation>&amp;Supprimer la pile</translation>
    </message>
    <message>
        <source>Submitted the stack %1 to Heat</source>
        <extracomment>%1 the stack&apos;s name</extracomment>
        <translation>Pile %1 soumise à Heat</translation>
    </message>
    <message>
        <source>Deleted the stack %1</source>
        <translation>Pile %1 supprimée</translation>
    </message>
    <message>
        <source>Deploy with Heat</source>
        <translation>Déployer avec Heat</translation>
    </message>
    <message>
        <source>Cancel the deployment? Heat deletes the stack %1 with everything it created so far.</source>
        <translation>Annuler le déploiement&#xa0;? Heat supprimera la pile %1 avec tout ce qui a été créé jusqu’ici.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Heat could not create %1:
%2</source>
        <extracomment>%1 the template&apos;s resource that failed (&quot;server_db&quot;), %2 Heat&apos;s reason, verbatim</extracomment>
        <translation>Heat n’a pas pu créer %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Deployment cancelled: the stack and what it created are deleted.</source>
        <translation>Déploiement annulé&#xa0;: la pile et ce qu’elle a créé sont supprimés.</translation>
    </message>
    <message>
        <source>Nothing submitted to Heat yet.</source>
        <translation>Rien n’a encore été soumis à Heat.</translation>
    </message>
    <message>
        <source>The stack %1 is deleted: nothing of the lab remains.</source>
        <translation>La pile %1 est supprimée&#xa0;: il ne reste rien du lab.</translation>
    </message>
    <message>
        <source>Deleting the stack %1: Heat removes its resources in reverse order…</source>
        <translation>Suppression de la pile %1&#xa0;: Heat supprime ses ressources dans l’ordre inverse…</translation>
    </message>
    <message numerus="yes">
        <source>The stack %1 is complete: %n resource(s) created.</source>
        <extracomment>%1 the stack&apos;s name, %n its resources</extracomment>
        <translation>
            <numerusform>La pile %1 est terminée&#xa0;: %n ressource créée.</numerusform>
            <numerusform>La pile %1 est terminée&#xa0;: %n ressources créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stack %1 failed.</source>
        <translation>La pile %1 a échoué.</translation>
    </message>
    <message>
        <source>The stack %1 is complete. Waiting for each server&apos;s software to be set up: %2 of %3 ready.</source>
        <extracomment>%1 the stack&apos;s name, %2 servers ready, %3 all of them</extracomment>
        <translation>La pile %1 est terminée. Attente de l’installation des logiciels sur chaque serveur (prêts&#xa0;: %2 sur %3).</translation>
    </message>
    <message>
        <source>Heat is creating the stack %1: %2 of %3 resources created. Its events appear below as they happen.</source>
        <extracomment>%1 the stack&apos;s name, %2 resources created so far, %3 all of them; the events follow below</extracomment>
        <translation>Heat crée la pile %1 (ressources créées&#xa0;: %2 sur %3). Les événements de la pile s’affichent ci-dessous au fur et à mesure.</translation>
    </message>
    <message>
        <source>Pointed %1 at %2</source>
        <extracomment>%1 a DNS name (&quot;www.example.org.&quot;), %2 the lab&apos;s public address</extracomment>
        <translation>%1 pointe vers %2</translation>
    </message>
    <message>
        <source>The domain&apos;s A records could not be pointed at the lab: %1
The stack itself is complete. Delete it, correct the domain on the Access page, and deploy again.</source>
        <extracomment>%1 why (the DNS provider&apos;s answer)</extracomment>
        <translation>Les enregistrements A du domaine n’ont pas pu être dirigés vers le lab&#xa0;: %1
La pile elle-même est terminée. Supprimez-la, corrigez le domaine à l’étape Accès, puis déployez de nouveau.</translation>
    </message>
    <message>
        <source>The stack %1 is complete, but the domain&apos;s records are not set.</source>
        <translation>La pile %1 est terminée, mais les enregistrements du domaine ne sont pas en place.</translation>
    </message>
    <message>
        <source>The stack %1 is complete, but a server&apos;s setup failed.</source>
        <translation>La pile %1 est terminée, mais l’installation d’un serveur a échoué.</translation>
    </message>
</context>
<context>
    <name>zenith::LabMachinesPage</name>
    <message>
        <source>Machines</source>
        <extracomment>A step of the lab wizard: images and flavors of the servers</extracomment>
        <translation>Machines</translation>
    </message>
    <message>
        <source>The image and the size of each kind of server. The proposals are a Debian 12 image and the smallest flavor with at least 1 GiB of memory, enough for the tutorial.</source>
        <translation>L’image et la taille de chaque type de serveur. Sont proposés une image Debian 12 et le plus petit gabarit doté d’au moins 1 Gio de mémoire, suffisant pour le tutoriel.</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: the image (operating system) of a server</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <source>Flavor</source>
        <extracomment>Column header: the flavor (size) of a server</extracomment>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>&amp;Load balancer:</source>
        <translation>&amp;Répartiteur de charge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web servers:</source>
        <translation>Serveurs &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name server:</source>
        <translation>Serveur de &amp;noms&#xa0;:</translation>
    </message>
    <message>
        <source>Database &amp;volume:</source>
        <translation>&amp;Volume de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Suffix of a size in gibibytes in a spin box; mind the leading space</extracomment>
        <translation> Gio</translation>
    </message>
    <message>
        <source>A Cinder volume attached to the database server holds MariaDB&apos;s data, so the data outlives the server and can be snapshotted.</source>
        <translation>Un volume Cinder attaché au serveur de base de données contient les données de MariaDB&#xa0;: elles survivent ainsi au serveur et peuvent faire l’objet d’instantanés.</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vCPU(s), %2)</source>
        <extracomment>A flavor in its picker: %1 its name, %n vCPUs, %2 its memory (&quot;2 GiB&quot;)</extracomment>
        <translation>
            <numerusform>%1 (%n vCPU, %2)</numerusform>
            <numerusform>%1 (%n vCPU, %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::LabPane</name>
    <message>
        <source>No keyring is available: the lab&apos;s database passwords are kept in memory until Zenith closes.</source>
        <translation>Aucun trousseau de clés n’est disponible&#xa0;: les mots de passe de la base de données du lab sont conservés en mémoire jusqu’à la fermeture de Zenith.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A step of the lab wizard in its step list: %1 its number, %2 its name</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <extracomment>The wizard&apos;s Next button on the Plan page: it starts creating the lab</extracomment>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
</context>
<context>
    <name>zenith::LabPlanIssueText</name>
    <message>
        <source>load balancer</source>
        <extracomment>A role in the lab (used inside sentences)</extracomment>
        <translation>répartiteur de charge</translation>
    </message>
    <message>
        <source>web servers</source>
        <extracomment>A role in the lab (used inside sentences)</extracomment>
        <translation>serveurs web</translation>
    </message>
    <message>
        <source>database</source>
        <extracomment>A role in the lab (used inside sentences)</extracomment>
        <translation>base de données</translation>
    </message>
    <message>
        <source>name server</source>
        <extracomment>A role in the lab (used inside sentences)</extracomment>
        <translation>serveur de noms</translation>
    </message>
    <message>
        <source>Give the lab a name: it starts the name of everything the lab creates.</source>
        <translation>Donnez un nom au lab&#xa0;: il sert de préfixe au nom de tout ce que le lab crée.</translation>
    </message>
    <message>
        <source>Use at most %1 characters, so that names like NAME-web-group stay short.</source>
        <extracomment>%1 is the longest length allowed</extracomment>
        <translation>Utilisez au plus %1 caractères, pour que les noms comme NOM-web-group restent courts.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and hyphens only, starting with a letter (e.g. lab or tp1-group2).</source>
        <translation>Utilisez uniquement des lettres minuscules, des chiffres et des tirets, en commençant par une lettre (par exemple lab ou tp1-group2).</translation>
    </message>
    <message>
        <source>Enter the private range, e.g. 10.12.0.0/16.</source>
        <translation>Saisissez la plage privée, par exemple 10.12.0.0/16.</translation>
    </message>
    <message>
        <source>%1 is an address inside a range, not the range itself: the part after the last bits of the prefix must be zero (e.g. 10.12.0.0/16).</source>
        <extracomment>%1 is what was typed</extracomment>
        <translation>%1 est une adresse à l’intérieur d’une plage, pas la plage elle-même&#xa0;: les bits situés après le préfixe doivent être à zéro (par exemple 10.12.0.0/16).</translation>
    </message>
    <message>
        <source>Use a prefix from /8 to /%1: the lab needs at least 128 addresses (fixed ones and a DHCP pool).</source>
        <extracomment>%1 is the longest prefix accepted (25)</extracomment>
        <translation>Utilisez un préfixe de /8 à /%1&#xa0;: le lab a besoin d’au moins 128 adresses (des adresses fixes et une plage DHCP).</translation>
    </message>
    <message>
        <source>This range overlaps the subnet %2 (%1) of your project: choose another one, e.g. 10.13.0.0/16.</source>
        <extracomment>%1 is the CIDR of an existing subnet, %2 its name</extracomment>
        <translation>Cette plage chevauche le sous-réseau %2 (%1) de votre projet&#xa0;: choisissez-en une autre, par exemple 10.13.0.0/16.</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Write an IPv4 network with its prefix length, e.g. 10.12.0.0/16.</source>
        <translation>Saisissez un réseau IPv4 avec la longueur de son préfixe, par exemple 10.12.0.0/16.</translation>
    </message>
    <message>
        <source>Choose from 1 to %1 web servers.</source>
        <extracomment>%1 is the largest number of web servers</extracomment>
        <translation>Choisissez de 1 à %1 serveurs web.</translation>
    </message>
    <message>
        <source>Choose a size from 1 to %1 GiB.</source>
        <extracomment>%1 is the largest volume size in GiB</extracomment>
        <translation>Choisissez une taille de 1 à %1 Gio.</translation>
    </message>
    <message>
        <source>The image %1 of the %2 is not in this project: choose one from the list.</source>
        <extracomment>%1 an image name, %2 a role (load balancer, web servers…)</extracomment>
        <translation>L’image %1 choisie pour le rôle «&#xa0;%2&#xa0;» n’est pas disponible dans ce projet&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Choose an image for the %1.</source>
        <extracomment>%1 a role (load balancer, web servers…)</extracomment>
        <translation>Choisissez une image pour le rôle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The flavor %1 of the %2 is not in this project: choose one from the list.</source>
        <extracomment>%1 a flavor name, %2 a role (load balancer, web servers…)</extracomment>
        <translation>Le gabarit %1 choisi pour le rôle «&#xa0;%2&#xa0;» n’est pas disponible dans ce projet&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Choose a flavor for the %1.</source>
        <extracomment>%1 a role (load balancer, web servers…)</extracomment>
        <translation>Choisissez un gabarit pour le rôle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The project sees no network named %1: choose its external network.</source>
        <translation>Le projet ne voit aucun réseau nommé %1&#xa0;: choisissez son réseau externe.</translation>
    </message>
    <message>
        <source>%1 is not an external network: the gateway needs one that reaches the Internet (Ext-Net on OVHcloud).</source>
        <translation>%1 n’est pas un réseau externe&#xa0;: la passerelle a besoin d’un réseau qui atteint Internet (Ext-Net chez OVHcloud).</translation>
    </message>
    <message>
        <source>Choose the public network the gateway sits on (Ext-Net on OVHcloud).</source>
        <translation>Choisissez le réseau public sur lequel se trouve la passerelle (Ext-Net chez OVHcloud).</translation>
    </message>
    <message>
        <source>There is no key pair %1 in this project: choose, import or generate one.</source>
        <translation>Ce projet ne contient aucune paire de clés %1&#xa0;: choisissez-en une autre, importez-en une ou générez-en une.</translation>
    </message>
    <message>
        <source>Choose a key pair, or import or generate one: without it you cannot log in to the servers.</source>
        <translation>Choisissez une paire de clés, ou importez-en ou générez-en une&#xa0;: sans elle, vous ne pourrez pas vous connecter aux serveurs.</translation>
    </message>
    <message>
        <source>DNS records and an HTTPS certificate need a domain: enter it, or choose None and leave the e-mail empty.</source>
        <translation>Les enregistrements DNS et un certificat HTTPS nécessitent un domaine&#xa0;: saisissez-le, ou choisissez «&#xa0;Aucun&#xa0;» et laissez l’adresse e-mail vide.</translation>
    </message>
    <message>
        <source>%1 is not a domain name: letters, digits and hyphens, in labels separated by dots (e.g. my-lab.example.org).</source>
        <translation>%1 n’est pas un nom de domaine&#xa0;: utilisez des lettres, des chiffres et des tirets, en segments séparés par des points (par exemple my-lab.example.org).</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address Let&apos;s Encrypt accepts (e.g. you@example.org).</source>
        <translation>%1 n’est pas une adresse e-mail acceptée par Let&apos;s Encrypt (par exemple you@example.org).</translation>
    </message>
    <message>
        <source>The internal zone %1 is not a domain name.</source>
        <translation>La zone interne %1 n’est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>The name %1 is already used by a %2 that is not this lab&apos;s: choose another lab name, or delete that resource.</source>
        <extracomment>%1 a resource name, %2 its kind (network, port…)</extracomment>
        <translation>Le nom %1 est déjà utilisé par une ressource (%2) qui n’appartient pas à ce lab&#xa0;: choisissez un autre nom de lab, ou supprimez cette ressource.</translation>
    </message>
    <message>
        <source>The records of %1 go through OVHcloud&apos;s API, and no OVHcloud keys are stored for this cloud: enter them in the DNS pane (provider OVHcloud), or choose Designate or None.</source>
        <extracomment>%1 the lab&apos;s domain</extracomment>
        <translation>Les enregistrements de %1 passent par l’API d’OVHcloud, et aucune clé OVHcloud n’est enregistrée pour ce cloud&#xa0;: saisissez-les dans le volet DNS (fournisseur OVHcloud), ou choisissez Designate ou «&#xa0;Aucun&#xa0;».</translation>
    </message>
    <message>
        <source>This lab is deployed with Heat as the stack %1: tear it down first, or choose another lab name.</source>
        <extracomment>%1 the Heat stack&apos;s name</extracomment>
        <translation>Ce lab est déployé avec Heat comme pile %1&#xa0;: démontez-le d’abord, ou choisissez un autre nom de lab.</translation>
    </message>
    <message>
        <source>Lab %1 exists already on this cloud, deployed without Heat: a stack would duplicate it. Deploy resumes it; tear it down first to deploy it with Heat.</source>
        <extracomment>%1 the lab&apos;s name</extracomment>
        <translation>Le lab %1 existe déjà sur ce cloud, déployé sans Heat&#xa0;: une pile le dupliquerait. Déployer le reprend&#xa0;; démontez-le d’abord pour le déployer avec Heat.</translation>
    </message>
    <message>
        <source>No DNS zone of this project holds %1: create the zone of your domain in the DNS pane first, or choose None as the DNS service.</source>
        <extracomment>%1 the lab&apos;s domain</extracomment>
        <translation>Aucune zone DNS de ce projet ne contient %1&#xa0;: créez d’abord la zone de votre domaine dans le volet DNS, ou choisissez «&#xa0;Aucun&#xa0;» comme service DNS.</translation>
    </message>
</context>
<context>
    <name>zenith::LabPlanPage</name>
    <message>
        <source>Plan</source>
        <extracomment>A step of the lab wizard: what will be created, before anything is</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Creates</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>Commande équivalente</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Suffisant</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Étapes</translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation>&amp;Quota</translation>
    </message>
    <message>
        <source>D&amp;iagram</source>
        <translation>D&amp;iagramme</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copier la commande</translation>
    </message>
    <message>
        <source>&amp;Wait until each server&apos;s software is ready</source>
        <translation>&amp;Attendre que les logiciels de chaque serveur soient prêts</translation>
    </message>
    <message>
        <source>Running is not ready: the wizard watches each server&apos;s console for the line its post-install script prints at the end. Clouds whose consoles stay empty (test clouds with a fake hypervisor) never print it.</source>
        <translation>«&#xa0;En cours d’exécution&#xa0;» ne veut pas dire «&#xa0;prêt&#xa0;»&#xa0;: l’assistant surveille la console de chaque serveur jusqu’à la ligne que son script de post-installation affiche à la fin. Les clouds dont les consoles restent vides (clouds de test avec un hyperviseur factice) ne l’affichent jamais.</translation>
    </message>
    <message>
        <source>Copy &amp;all commands</source>
        <translation>Copier &amp;toutes les commandes</translation>
    </message>
    <message>
        <source>Copies every command, in order, as a shell script.</source>
        <translation>Copie toutes les commandes, dans l’ordre, sous forme de script shell.</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan as lab.yaml…</source>
        <translation>En&amp;registrer le plan sous lab.yaml…</translation>
    </message>
    <message>
        <source>The plan as a file that `zenith lab deploy --config lab.yaml` reads: a teacher can deploy it for a class.</source>
        <translation>Le plan sous forme de fichier lu par `zenith lab deploy --config lab.yaml`&#xa0;: un enseignant peut le déployer pour un groupe d’étudiants.</translation>
    </message>
    <message>
        <source>Export &amp;Heat template…</source>
        <translation>Exporter le modèle &amp;Heat…</translation>
    </message>
    <message>
        <source>The same lab as a Heat (HOT) template, for `openstack stack create`. It holds newly generated database passwords: keep the file private.</source>
        <translation>Le même lab sous forme de modèle Heat (HOT), pour `openstack stack create`. Il contient des mots de passe de base de données nouvellement générés&#xa0;: gardez ce fichier privé.</translation>
    </message>
    <message>
        <source>This lab was deployed (or started) before on this cloud. Deploy resumes it: what exists is found by its tag and kept, only what is missing is created.</source>
        <translation>Ce lab a déjà été déployé (ou son déploiement commencé) sur ce cloud. «&#xa0;Déployer&#xa0;» le reprend&#xa0;: ce qui existe est retrouvé grâce à son étiquette et conservé, seul ce qui manque est créé.</translation>
    </message>
    <message>
        <source>After: %1</source>
        <extracomment>Tooltip of a plan step: the ids of the steps it waits for</extracomment>
        <translation>Après&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deploying creates these %n resource(s), in this order; steps that do not depend on each other run in parallel (the longest chain has %1 steps). Nothing is created until you press Deploy.</source>
        <extracomment>%n steps; %1 the number of steps on the longest chain of dependent steps</extracomment>
        <translation>
            <numerusform>Le déploiement crée cette ressource (%n), dans cet ordre&#xa0;; les étapes indépendantes les unes des autres s’exécutent en parallèle (la plus longue chaîne compte %1&#xa0;étapes). Rien n’est créé avant que vous appuyiez sur Déployer.</numerusform>
            <numerusform>Le déploiement crée ces %n&#xa0;ressources, dans cet ordre&#xa0;; les étapes indépendantes les unes des autres s’exécutent en parallèle (la plus longue chaîne compte %1&#xa0;étapes). Rien n’est créé avant que vous appuyiez sur Déployer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a cloud to deploy the lab.</source>
        <translation>Connectez-vous à un cloud pour déployer le lab.</translation>
    </message>
    <message>
        <source>Checking the project for conflicts and quota…</source>
        <translation>Vérification des conflits et du quota du projet…</translation>
    </message>
    <message>
        <source>This plan clashes with what the project holds:</source>
        <extracomment>Followed by a bulleted list of conflicts</extracomment>
        <translation>Ce plan entre en conflit avec le contenu du projet&#xa0;:</translation>
    </message>
    <message>
        <source>The project could not be checked for conflicts; you may deploy anyway.</source>
        <translation>Impossible de vérifier les conflits avec le projet&#xa0;; vous pouvez tout de même déployer.</translation>
    </message>
    <message numerus="yes">
        <source>No conflicts, but the lab exceeds %n quota(s) of the project (see Quota): the deployment will stop there.</source>
        <extracomment>%n quotas the lab exceeds</extracomment>
        <translation>
            <numerusform>Aucun conflit, mais le lab dépasse %n&#xa0;quota du projet (voir Quota)&#xa0;: le déploiement s’arrêtera là.</numerusform>
            <numerusform>Aucun conflit, mais le lab dépasse %n&#xa0;quotas du projet (voir Quota)&#xa0;: le déploiement s’arrêtera là.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts with the project, and the quota has room.</source>
        <translation>Aucun conflit avec le projet, et le quota est suffisant.</translation>
    </message>
    <message>
        <source>No conflicts with the project.</source>
        <translation>Aucun conflit avec le projet.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <extracomment>The quota limit of a resource when there is none</extracomment>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Part of the quota could not be read: %1</source>
        <translation>Une partie du quota n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the project&apos;s limits…</source>
        <translation>Lecture des limites du projet…</translation>
    </message>
    <message>
        <source>Lab %1, as openstack commands, in dependency order.</source>
        <extracomment>First lines of the exported script; %1 is the lab&apos;s name</extracomment>
        <translation>Lab %1, sous forme de commandes openstack, dans l’ordre des dépendances.</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <source>Lab plans (*.yaml *.yml)</source>
        <translation>Plans de lab (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export Heat template</source>
        <translation>Exporter le modèle Heat</translation>
    </message>
    <message>
        <source>Heat templates (*.yaml *.yml)</source>
        <translation>Modèles Heat (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deploy &amp;with Heat…</source>
        <translation>Déployer &amp;avec Heat…</translation>
    </message>
    <message>
        <source>Submits the same lab to Heat as one stack, which the cloud builds on its own: for labs that outlive this session. Teardown then deletes the stack.</source>
        <translation>Soumet le même lab à Heat sous la forme d’une seule pile, que le cloud construit de lui-même&#xa0;: pour les labs qui doivent survivre à cette session. Le démontage supprime alors la pile.</translation>
    </message>
    <message>
        <source>Deploy with Heat</source>
        <translation>Déployer avec Heat</translation>
    </message>
    <message>
        <source>Submit the lab “%2” to Heat as the stack “%1”?

Heat, the cloud&apos;s orchestration service, then creates every resource of the plan by itself, in dependency order; Zenith shows the stack&apos;s events as they happen. The database passwords travel as hidden parameters.

The lab then belongs to the stack: tearing it down deletes the stack, and Heat deletes everything it created.</source>
        <extracomment>%1 the stack&apos;s name, %2 the lab&apos;s name</extracomment>
        <translation>Soumettre le lab «&#xa0;%2&#xa0;» à Heat en tant que pile «&#xa0;%1&#xa0;»&#xa0;?

Heat, le service d’orchestration du cloud, crée alors lui-même chaque ressource du plan, dans l’ordre des dépendances&#xa0;; Zenith affiche les événements de la pile au fur et à mesure. Les mots de passe de la base de données sont transmis sous forme de paramètres masqués.

Le lab appartient ensuite à la pile&#xa0;: le démonter supprime la pile, et Heat supprime tout ce qu’il a créé.</translation>
    </message>
    <message>
        <source>&amp;Deploy with Heat</source>
        <translation>&amp;Déployer avec Heat</translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation>&amp;Démonter…</translation>
    </message>
    <message>
        <source>Deletes what this lab has on the cloud (its tagged resources, or its Heat stack), after showing you the list.</source>
        <translation>Supprime ce que ce lab a sur le cloud (ses ressources étiquetées, ou sa pile Heat), après vous en avoir montré la liste.</translation>
    </message>
</context>
<context>
    <name>zenith::LabResultPage</name>
    <message>
        <source>Result</source>
        <extracomment>The last step of the lab wizard: addresses, SSH commands and the checklist</extracomment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>E&amp;xport checklist…</source>
        <translation>E&amp;xporter la liste de vérification…</translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation>&amp;Démonter…</translation>
    </message>
    <message>
        <source>Deletes everything the lab created, after showing you the list.</source>
        <translation>Supprime tout ce que le lab a créé, après vous en avoir montré la liste.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Tooltip of a button copying a command or address to the clipboard</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The lab is not deployed yet.</source>
        <translation>Le lab n’est pas encore déployé.</translation>
    </message>
    <message>
        <source>The lab %1 is up: open %2 — each reload may answer from another web server.</source>
        <extracomment>%1 the lab&apos;s name, %2 a link to its web site</extracomment>
        <translation>Le lab %1 est opérationnel&#xa0;: ouvrez %2 — chaque rechargement peut être servi par un autre serveur web.</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Adresse publique&#xa0;:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>SSH to the gateway:</source>
        <extracomment>Label of the SSH command of the gateway (the load balancer)</extracomment>
        <translation>SSH vers la passerelle&#xa0;:</translation>
    </message>
    <message>
        <source>SSH to %1:</source>
        <translation>SSH vers %1&#xa0;:</translation>
    </message>
    <message>
        <source>Verifying the lab…</source>
        <translation>Vérification du lab…</translation>
    </message>
    <message>
        <source>The lab could not be verified.</source>
        <translation>Impossible de vérifier le lab.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>Under a check of the lab&apos;s checklist: why it matters</extracomment>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not checked here: this cloud does not show what it needs.</source>
        <translation>Non vérifié ici&#xa0;: ce cloud n’expose pas les informations nécessaires.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>Under a red check of the lab&apos;s checklist: what to do</extracomment>
        <translation>Solution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) are green.</source>
        <extracomment>%n checks</extracomment>
        <translation>
            <numerusform>La vérification (%n) est au vert.</numerusform>
            <numerusform>Les %n&#xa0;vérifications sont au vert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) are red: the fix is under each.</source>
        <extracomment>%n red checks; the fix is shown under each</extracomment>
        <translation>
            <numerusform>%n&#xa0;vérification est au rouge&#xa0;: la solution est indiquée dessous.</numerusform>
            <numerusform>%n&#xa0;vérifications sont au rouge&#xa0;: la solution est indiquée sous chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Exporter la liste de vérification</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The checklist could not be saved to %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d’enregistrer la liste de vérification dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>zenith::LabRunPage</name>
    <message>
        <source>%1 s</source>
        <extracomment>Time a lab step took, in seconds, e.g. &quot;2.4 s&quot;</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Deploy</source>
        <extracomment>Steps of the lab wizard</extracomment>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Tear down</source>
        <translation>Démontage</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Delete these resources</source>
        <extracomment>Confirms the teardown after its dry run listed what will be deleted</extracomment>
        <translation>&amp;Supprimer ces ressources</translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation>&amp;Démonter…</translation>
    </message>
    <message>
        <source>Deletes what this run created, after showing you the list.</source>
        <translation>Supprime ce que ce déploiement a créé, après vous en avoir montré la liste.</translation>
    </message>
    <message>
        <source>Deploying lab %1; every resource carries the tag %2.</source>
        <extracomment>%1 is the lab&apos;s name, %2 its tag</extracomment>
        <translation>Déploiement du lab %1&#xa0;; chaque ressource porte l’étiquette %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of the lab found.</source>
        <extracomment>%n resources found for the teardown&apos;s dry run</extracomment>
        <translation>
            <numerusform>%n&#xa0;ressource du lab trouvée.</numerusform>
            <numerusform>%n&#xa0;ressources du lab trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tearing down lab %1…</source>
        <extracomment>%1 is the lab&apos;s name</extracomment>
        <translation>Démontage du lab %1…</translation>
    </message>
    <message>
        <source>Stop deploying? What is created stays; Deploy again later resumes where it stopped, or Tear down deletes it.</source>
        <translation>Arrêter le déploiement&#xa0;? Ce qui a été créé reste en place&#xa0;; un nouveau déploiement reprendra plus tard là où il s’est arrêté, ou le démontage supprimera tout.</translation>
    </message>
    <message>
        <source>Stop tearing down? What is not deleted yet stays; tear down again later to finish.</source>
        <translation>Arrêter le démontage&#xa0;? Ce qui n’est pas encore supprimé reste en place&#xa0;; relancez le démontage plus tard pour terminer.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Cancelling: the steps under way finish, no new one starts.</source>
        <translation>Annulation&#xa0;: les étapes en cours se terminent, aucune nouvelle ne démarre.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <extracomment>Log line: %1 a step (kind and name)</extracomment>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>Prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>Log line: %1 a step (kind and name), %2 the new resource&apos;s id</extracomment>
        <translation>Créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation>Créé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <extracomment>Log line of a resumed deployment: %1 a step (kind and name), %2 its id</extracomment>
        <translation>Déjà présent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already there: %1 (%2)</source>
        <translation>Déjà présent&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A lab step in the log: %1 its kind (Port, Server…), %2 the resource&apos;s name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <extracomment>%1 a step (kind and name); the error&apos;s explanation follows on the next lines</extracomment>
        <translation>%1 a échoué.</translation>
    </message>
    <message>
        <source>The lab is deployed, in %1 and %2 API calls.</source>
        <extracomment>%1 a duration (&quot;4.2 s&quot;), %2 a number of API calls</extracomment>
        <translation>Le lab est déployé, en %1 et %2 appels d’API.</translation>
    </message>
    <message>
        <source>The lab is torn down, in %1 and %2 API calls.</source>
        <translation>Le lab est démonté, en %1 et %2 appels d’API.</translation>
    </message>
    <message>
        <source>Cancelled after %1.</source>
        <translation>Annulé après %1.</translation>
    </message>
    <message>
        <source>Deployment cancelled. What was created stays: deploy again to resume, or tear the lab down.</source>
        <translation>Déploiement annulé. Ce qui a été créé reste en place&#xa0;: redéployez pour reprendre, ou démontez le lab.</translation>
    </message>
    <message>
        <source>Teardown cancelled. What was not deleted yet stays.</source>
        <translation>Démontage annulé. Ce qui n’a pas encore été supprimé reste en place.</translation>
    </message>
    <message>
        <source>The run stopped before every step was done.</source>
        <translation>L’exécution s’est arrêtée avant la fin de toutes les étapes.</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <extracomment>Progress bar text: %v steps over, %m steps in all</extracomment>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <source>Nothing deployed yet: the Plan step starts the deployment.</source>
        <translation>Rien n’est encore déployé&#xa0;: c’est l’étape Plan qui lance le déploiement.</translation>
    </message>
    <message>
        <source>Nothing to tear down yet.</source>
        <translation>Rien à démonter pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n resource(s) tagged %1 will be deleted, in this order. Nothing else is touched.</source>
        <extracomment>%n resources; %1 the lab&apos;s tag</extracomment>
        <translation>
            <numerusform>Simulation&#xa0;: %n&#xa0;ressource étiquetée %1 sera supprimée. Rien d’autre n’est touché.</numerusform>
            <numerusform>Simulation&#xa0;: %n&#xa0;ressources étiquetées %1 seront supprimées, dans cet ordre. Rien d’autre n’est touché.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of the lab %1 remains on the cloud.</source>
        <translation>Il ne reste rien du lab %1 sur le cloud.</translation>
    </message>
    <message>
        <source>Deploying %1: independent steps run in parallel.</source>
        <translation>Déploiement de %1&#xa0;: les étapes indépendantes s’exécutent en parallèle.</translation>
    </message>
    <message>
        <source>Tearing down %1…</source>
        <translation>Démontage de %1…</translation>
    </message>
    <message>
        <source>The lab %1 is deployed.</source>
        <translation>Le lab %1 est déployé.</translation>
    </message>
    <message>
        <source>The lab %1 is torn down: nothing of it remains.</source>
        <translation>Le lab %1 est démonté&#xa0;: il n’en reste rien.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n step(s) failed.</source>
        <extracomment>%n failed steps</extracomment>
        <translation>
            <numerusform>Arrêté&#xa0;: %n&#xa0;étape a échoué.</numerusform>
            <numerusform>Arrêté&#xa0;: %n&#xa0;étapes ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the resources tagged %1, and for the Heat stack %2…</source>
        <extracomment>%1 is the lab&apos;s tag, %2 the name of the Heat stack a lab deployed with Heat has</extracomment>
        <translation>Recherche des ressources étiquetées %1, et de la pile Heat %2…</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n deletion(s) for the lab %1, in this order; the Heat stack %2 takes everything it created with it. Nothing else is touched.</source>
        <extracomment>%n steps; %1 the lab&apos;s name, %2 its Heat stack</extracomment>
        <translation>
            <numerusform>Simulation&#xa0;: %n suppression pour le lab %1&#xa0;: la pile Heat %2 emporte tout ce qu’elle a créé. Rien d’autre n’est touché.</numerusform>
            <numerusform>Simulation&#xa0;: %n suppressions pour le lab %1, dans cet ordre&#xa0;; la pile Heat %2 emporte tout ce qu’elle a créé. Rien d’autre n’est touché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::LabSettingsPage</name>
    <message>
        <source>Lab</source>
        <extracomment>The first step of the lab wizard: the lab&apos;s name, network and shape</extracomment>
        <translation>Lab</translation>
    </message>
    <message>
        <source>A lab is a small web site the way an expert would build it: a gateway that is also the load balancer, web servers, a database and a name server on a private network. Nothing is created before the Plan step shows you everything.</source>
        <translation>Un lab est un petit site web construit comme le ferait un expert&#xa0;: une passerelle qui sert aussi de répartiteur de charge, des serveurs web, une base de données et un serveur de noms sur un réseau privé. Rien n’est créé avant que l’étape Plan ne vous ait tout montré.</translation>
    </message>
    <message>
        <source>Lab &amp;name:</source>
        <translation>&amp;Nom du lab&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. lab or tp1-group2</source>
        <translation>p. ex. lab ou tp1-group2</translation>
    </message>
    <message>
        <source>The prefix of every resource name, and the tag that finds them again to resume or tear the lab down.</source>
        <extracomment>Tooltip of the lab name field</extracomment>
        <translation>Le préfixe du nom de chaque ressource, et l’étiquette qui permet de les retrouver pour reprendre ou démonter le lab.</translation>
    </message>
    <message>
        <source>Private &amp;range:</source>
        <translation>Pla&amp;ge privée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public network:</source>
        <translation>&amp;Réseau public&#xa0;:</translation>
    </message>
    <message>
        <source>The external network the gateway&apos;s public port is on (Ext-Net on OVHcloud).</source>
        <extracomment>Tooltip of the public network picker of the lab wizard</extracomment>
        <translation>Le réseau externe sur lequel se trouve le port public de la passerelle (Ext-Net chez OVHcloud).</translation>
    </message>
    <message>
        <source>&amp;Web servers:</source>
        <translation>Serveurs &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Spread of the web servers:</source>
        <translation>Répartition des serveurs web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Soft anti-affinity (recommended)</source>
        <extracomment>A Nova server group policy</extracomment>
        <translation>Anti-affinité &amp;souple (recommandée)</translation>
    </message>
    <message>
        <source>Puts the web servers on different hosts when the cloud has several, and still deploys on a one-host cloud such as a small test cloud.</source>
        <translation>Place les serveurs web sur des hôtes différents lorsque le cloud en compte plusieurs, et déploie quand même sur un cloud à un seul hôte, comme un petit cloud de test.</translation>
    </message>
    <message>
        <source>&amp;Anti-affinity</source>
        <extracomment>A Nova server group policy</extracomment>
        <translation>&amp;Anti-affinité</translation>
    </message>
    <message>
        <source>Requires a different host for each web server: on a cloud with fewer hosts than web servers, the extra servers fail to be scheduled.</source>
        <translation>Exige un hôte différent pour chaque serveur web&#xa0;: sur un cloud qui compte moins d’hôtes que de serveurs web, le placement des serveurs en trop échoue.</translation>
    </message>
    <message>
        <source>Gateway and anti-spoofing:</source>
        <translation>Passerelle et anti-usurpation&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed address &amp;pair 0.0.0.0/0 (recommended)</source>
        <translation>&amp;Paire d’adresses autorisées 0.0.0.0/0 (recommandée)</translation>
    </message>
    <message>
        <source>Keeps Neutron&apos;s port security and security groups on the gateway&apos;s private port, and lets it forward the private servers&apos; traffic to and from the Internet.</source>
        <translation>Conserve la sécurité du port et les groupes de sécurité de Neutron sur le port privé de la passerelle, tout en lui permettant de relayer le trafic des serveurs privés vers et depuis Internet.</translation>
    </message>
    <message>
        <source>Port security &amp;off</source>
        <translation>Sécurité du port &amp;désactivée</translation>
    </message>
    <message>
        <source>Switches anti-spoofing off on that port altogether: it forwards anything, and no security group protects it.</source>
        <translation>Désactive entièrement l’anti-usurpation sur ce port&#xa0;: il relaie tout, et aucun groupe de sécurité ne le protège.</translation>
    </message>
    <message>
        <source>The gateway takes the range&apos;s first address, the name server the second, the database the third, the web servers the eleventh onwards; DHCP hands out the rest.</source>
        <translation>La passerelle prend la première adresse de la plage, le serveur de noms la deuxième, la base de données la troisième, les serveurs web à partir de la onzième&#xa0;; le DHCP distribue le reste.</translation>
    </message>
    <message>
        <source>The gateway takes %1, the name server %2, the database %3 and the web server %4; DHCP hands out %5 to %6.</source>
        <translation>La passerelle prend %1, le serveur de noms %2, la base de données %3 et le serveur web %4&#xa0;; le DHCP distribue de %5 à %6.</translation>
    </message>
    <message>
        <source>The gateway takes %1, the name server %2, the database %3 and the web servers %4 to %5; DHCP hands out %6 to %7.</source>
        <translation>La passerelle prend %1, le serveur de noms %2, la base de données %3 et les serveurs web de %4 à %5&#xa0;; le DHCP distribue de %6 à %7.</translation>
    </message>
</context>
<context>
    <name>zenith::LabSnapshotBox</name>
    <message>
        <source>Database snapshots</source>
        <translation>Instantanés de la base de données</translation>
    </message>
    <message>
        <source>A snapshot is the cloud&apos;s own copy of the database volume at one moment: to restore, create a new volume from it and attach it to the database server.</source>
        <translation>Un instantané est la copie, faite par le cloud lui-même, du volume de la base de données à un instant donné&#xa0;: pour restaurer, créez un nouveau volume à partir de l’instantané et attachez-le au serveur de base de données.</translation>
    </message>
    <message>
        <source>&amp;Snapshot the database</source>
        <translation>&amp;Prendre un instantané de la base de données</translation>
    </message>
    <message>
        <source>Snapshots the volume %1 while it stays attached (--force): the copy is what a power cut would have left on the disk.</source>
        <translation>Prend un instantané du volume %1 sans le détacher (--force)&#xa0;: la copie correspond à ce qu’une coupure de courant aurait laissé sur le disque.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <extracomment>Columns of the list of the lab&apos;s database snapshots</extracomment>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>The database could not be snapshotted.</source>
        <translation>Impossible de prendre un instantané de la base de données.</translation>
    </message>
    <message>
        <source>The lab&apos;s snapshots could not be listed.</source>
        <translation>Impossible de lister les instantanés du lab.</translation>
    </message>
    <message>
        <source>Looking for the volume %1…</source>
        <extracomment>%1 the database volume&apos;s name</extracomment>
        <translation>Recherche du volume %1…</translation>
    </message>
    <message>
        <source>Snapshot %1 of the lab&apos;s database</source>
        <extracomment>%1 snapshot name; shown beside its `openstack` command</extracomment>
        <translation>Instantané %1 de la base de données du lab</translation>
    </message>
    <message>
        <source>Snapshot %1: %2…</source>
        <extracomment>%1 snapshot name, %2 its status (Creating, Available…)</extracomment>
        <translation>Instantané %1&#xa0;: %2…</translation>
    </message>
    <message>
        <source>Snapshot %1 is available. To restore it: %2</source>
        <extracomment>%1 snapshot name, %2 the `openstack` command that restores it</extracomment>
        <translation>L’instantané %1 est disponible. Pour le restaurer&#xa0;: %2</translation>
    </message>
    <message>
        <source>No snapshot of the database yet.</source>
        <translation>Aucun instantané de la base de données pour l’instant.</translation>
    </message>
</context>
<context>
    <name>zenith::LabStepText</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Groupe de sécurité</translation>
    </message>
    <message>
        <source>Security group rule</source>
        <translation>Règle de groupe de sécurité</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Server group</source>
        <translation>Groupe de serveurs</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server ready</source>
        <extracomment>A lab step: waiting until the server&apos;s post-install script printed that it is ready</extracomment>
        <translation>Serveur prêt</translation>
    </message>
    <message>
        <source>Volume attachment</source>
        <translation>Attachement de volume</translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation>Enregistrement DNS</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>State of a lab step</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>State of a lab step</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>State of a lab step</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Already there</source>
        <extracomment>State of a lab step: the resource existed already (a resumed deployment)</extracomment>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>State of a lab step</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>State of a lab step</extracomment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>State of a lab step: nothing had to be done</extracomment>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Volume snapshot</source>
        <translation>Instantané de volume</translation>
    </message>
    <message>
        <source>Heat stack</source>
        <extracomment>A lab step: the Heat stack that deployed the lab (deleting it deletes what Heat created)</extracomment>
        <translation>Pile Heat</translation>
    </message>
    <message>
        <source>network</source>
        <extracomment>A lab step&apos;s kind within a log line (&quot;Created network lab-net&quot;)</extracomment>
        <translation>réseau</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>sous-réseau</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>groupe de sécurité</translation>
    </message>
    <message>
        <source>security group rule</source>
        <translation>règle de groupe de sécurité</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>server group</source>
        <translation>groupe de serveurs</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>server ready</source>
        <translation>serveur prêt</translation>
    </message>
    <message>
        <source>volume attachment</source>
        <translation>attachement de volume</translation>
    </message>
    <message>
        <source>DNS record</source>
        <comment>in a sentence</comment>
        <extracomment>Within a log line (&quot;Deleted DNS record www.example.org.&quot;)</extracomment>
        <translation>enregistrement DNS</translation>
    </message>
    <message>
        <source>volume snapshot</source>
        <translation>instantané de volume</translation>
    </message>
    <message>
        <source>Heat stack</source>
        <comment>in a sentence</comment>
        <extracomment>Within a log line (&quot;Deleted Heat stack lab-stack&quot;)</extracomment>
        <translation>pile Heat</translation>
    </message>
</context>
<context>
    <name>zenith::LastErrorIndicator</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss this error</source>
        <translation>Masquer cette erreur</translation>
    </message>
    <message>
        <source>Click for details.</source>
        <translation>Cliquez pour voir les détails.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>zenith::LaunchDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <extracomment>how many instances to launch at once</extracomment>
        <translation>No&amp;mbre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <extracomment>the instance&apos;s size (vCPUs, RAM, disk)</extracomment>
        <translation>&amp;Gabarit&#xa0;:</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>&amp;Zone de disponibilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Networks and ports: tick each one the instance connects to; its interfaces are created in this order (the first is eth0).</source>
        <translation>&amp;Réseaux et ports&#xa0;: cochez chacun de ceux auxquels l’instance se connecte&#xa0;; ses interfaces sont créées dans cet ordre (la première est eth0).</translation>
    </message>
    <message>
        <source>&amp;Security groups (the firewall rules of every interface):</source>
        <translation>Groupes de &amp;sécurité (les règles de pare-feu de chaque interface)&#xa0;:</translation>
    </message>
    <message>
        <source>Post-install script</source>
        <extracomment>file dialog title</extracomment>
        <translation>Script de post-installation</translation>
    </message>
    <message>
        <source>Scripts (*.sh *.yaml *.yml *.txt *.cfg);;All files (*)</source>
        <translation>Scripts (*.sh *.yaml *.yml *.txt *.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Key pair:</source>
        <translation>&amp;Paire de clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Post-install script:</source>
        <translation>Script de post-ins&amp;tallation&#xa0;:</translation>
    </message>
    <message>
        <source>Server &amp;group:</source>
        <translation>Groupe de ser&amp;veurs&#xa0;:</translation>
    </message>
    <message>
        <source>Launch instance</source>
        <translation>Lancer une instance</translation>
    </message>
    <message>
        <source>Image and size</source>
        <extracomment>tab of the launch dialog: the image, the flavor and the name</extracomment>
        <translation>Image et taille</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Access and script</source>
        <extracomment>tab of the launch dialog: key pair, post-install script, server group</extracomment>
        <translation>Accès et script</translation>
    </message>
    <message>
        <source>e.g. web1</source>
        <translation>p. ex. web1</translation>
    </message>
    <message>
        <source>Search images by name</source>
        <extracomment>placeholder of the search box above the images</extracomment>
        <translation>Chercher une image par nom</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>flavor columns; the last says whether the flavor can hold the chosen image</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Min. disk</source>
        <translation>Disque min.</translation>
    </message>
    <message>
        <source>Min. RAM</source>
        <translation>RAM min.</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Fits the image</source>
        <translation>Convient à l’image</translation>
    </message>
    <message>
        <source>Network or port</source>
        <translation>Réseau ou port</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>opens the dialog that imports a public key file as a key pair</extracomment>
        <translation>Imp&amp;orter…</translation>
    </message>
    <message>
        <source>L&amp;oad from file…</source>
        <translation>Charger depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Runs once, at the first boot (cloud-init). Start it with #cloud-config for cloud-init&apos;s YAML, or #!/bin/sh for a shell script.</source>
        <translation>S’exécute une seule fois, au premier démarrage (cloud-init). Commencez-le par #cloud-config pour du YAML cloud-init, ou par #!/bin/sh pour un script shell.</translation>
    </message>
    <message>
        <source>Use a &amp;configuration drive (metadata on a disk, for networks without a metadata service)</source>
        <translation>Utiliser un lecteur de &amp;configuration (métadonnées sur un disque, pour les réseaux sans service de métadonnées)</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>No key pair (no SSH access with a key)</source>
        <translation>Aucune paire de clés (pas d’accès SSH par clé)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Any (the cloud chooses)</source>
        <translation>Indifférente (choisie par le cloud)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Nova names them %1 and %2.</source>
        <extracomment>%1, %2: the first two names Nova gives, %3 the last one (web-1, web-2 … web-5)</extracomment>
        <translation>Nova les nomme %1 et %2.</translation>
    </message>
    <message>
        <source>Nova names them %1, %2 … %3.</source>
        <translation>Nova les nomme %1, %2 … %3.</translation>
    </message>
    <message>
        <source>%1 bytes, %2 once base64-encoded (Nova&apos;s limit: %3).</source>
        <extracomment>%1 bytes typed, %2 once base64-encoded, %3 Nova&apos;s limit</extracomment>
        <translation>%1 octets, %2 une fois encodé en base64 (limite de Nova&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Its first line is neither #cloud-config nor #!: cloud-init will not run it.</source>
        <translation>Sa première ligne n’est ni #cloud-config ni #!&#xa0;: cloud-init ne l’exécutera pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is %2: far too large for a post-install script.</source>
        <extracomment>%1 file, %2 its size</extracomment>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;: bien trop volumineux pour un script de post-installation.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The instance was not launched.</source>
        <extracomment>shown in the launch dialog above Nova&apos;s reason; the dialog stays open with every field as typed</extracomment>
        <translation>L’instance n’a pas été lancée.</translation>
    </message>
    <message numerus="yes">
        <source>Creates %n instance(s) from the image %1 with the flavor %2.</source>
        <extracomment>explanation under the equivalent command; %1 the image, %2 the flavor</extracomment>
        <translation>
            <numerusform>Crée %n instance à partir de l’image %1 avec le gabarit %2.</numerusform>
            <numerusform>Crée %n instances à partir de l’image %1 avec le gabarit %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>A size in gibibytes, e.g. &quot;20 GiB&quot;</extracomment>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A size in mebibytes, e.g. &quot;512 MiB&quot;</extracomment>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>flavors</source>
        <translation>gabarits</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>réseaux</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <source>security groups</source>
        <translation>groupes de sécurité</translation>
    </message>
    <message>
        <source>server groups</source>
        <translation>groupes de serveurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a server group in its picker: %1 name, %2 policy (affinity, anti-affinity...)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>availability zones</source>
        <translation>zones de disponibilité</translation>
    </message>
    <message>
        <source>The %1 could not be listed.</source>
        <extracomment>%1 what could not be listed (images, networks, key pairs...); the server&apos;s reason follows</extracomment>
        <translation>Impossible de lister les %1.</translation>
    </message>
    <message>
        <source>key pairs</source>
        <translation>paires de clés</translation>
    </message>
    <message>
        <source>shared network</source>
        <translation>réseau partagé</translation>
    </message>
    <message>
        <source>this project&apos;s network</source>
        <translation>réseau de ce projet</translation>
    </message>
    <message>
        <source>public addresses</source>
        <extracomment>a network with public addresses, reachable from the internet</extracomment>
        <translation>adresses publiques</translation>
    </message>
    <message>
        <source>no subnet: cannot be used yet</source>
        <translation>aucun sous-réseau&#xa0;: pas encore utilisable</translation>
    </message>
    <message>
        <source>Port %1</source>
        <extracomment>an existing, unused port in the networks list; %1 its name or id</extracomment>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>on %1, %2</source>
        <extracomment>details of a free port: %1 its network, %2 its addresses</extracomment>
        <translation>sur %1, %2</translation>
    </message>
    <message>
        <source>image size</source>
        <translation>taille de l’image</translation>
    </message>
    <message>
        <source>No: too small</source>
        <extracomment>in the flavors list: whether the flavor&apos;s disk and RAM can hold the chosen image</extracomment>
        <translation>Non&#xa0;: trop petit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>This flavor&apos;s disk or RAM is below what the image needs.</source>
        <translation>Le disque ou la RAM de ce gabarit est insuffisant pour l’image.</translation>
    </message>
    <message>
        <source>(or the same in cloud-init&apos;s YAML:)</source>
        <translation>(ou la même chose dans le YAML de cloud-init&#xa0;:)</translation>
    </message>
</context>
<context>
    <name>zenith::LaunchRequest</name>
    <message>
        <source>Choose an image to start the instance from.</source>
        <translation>Choisissez l’image à partir de laquelle démarrer l’instance.</translation>
    </message>
    <message>
        <source>The image “%1” cannot be used yet (its status is %2): choose an active image.</source>
        <extracomment>%1 image name, %2 its Glance status (queued, saving, deactivated...)</extracomment>
        <translation>L’image «&#xa0;%1&#xa0;» n’est pas encore utilisable (son état est %2)&#xa0;: choisissez une image active.</translation>
    </message>
    <message>
        <source>Choose a flavor (the instance&apos;s size).</source>
        <translation>Choisissez un gabarit (la taille de l’instance).</translation>
    </message>
    <message>
        <source>The flavor “%1” has a %2 GiB disk, but the image “%3” needs at least %4 GiB: choose a larger flavor.</source>
        <extracomment>%1 flavor, %2 its disk in GiB, %3 image, %4 the disk the image needs in GiB</extracomment>
        <translation>Le gabarit «&#xa0;%1&#xa0;» a un disque de %2 Gio, mais l’image «&#xa0;%3&#xa0;» nécessite au moins %4 Gio&#xa0;: choisissez un gabarit plus grand.</translation>
    </message>
    <message>
        <source>The flavor “%1” has %2 MiB of RAM, but the image “%3” needs at least %4 MiB: choose a larger flavor.</source>
        <extracomment>%1 flavor, %2 its RAM in MiB, %3 image, %4 the RAM the image needs in MiB</extracomment>
        <translation>Le gabarit «&#xa0;%1&#xa0;» a %2 Mio de RAM, mais l’image «&#xa0;%3&#xa0;» nécessite au moins %4 Mio&#xa0;: choisissez un gabarit plus grand.</translation>
    </message>
    <message>
        <source>This project has no network to connect the instance to: create one in the Network pane first.</source>
        <translation>Ce projet n’a aucun réseau auquel connecter l’instance&#xa0;: créez-en d’abord un dans le volet Réseau.</translation>
    </message>
    <message>
        <source>Choose at least one network or port: the project has several, and Nova will not guess.</source>
        <translation>Choisissez au moins un réseau ou un port&#xa0;: le projet en a plusieurs, et Nova ne choisira pas à votre place.</translation>
    </message>
    <message>
        <source>The port “%1” can belong to one instance only: launch a single instance, or choose networks instead of ports.</source>
        <extracomment>%1 port name or id</extracomment>
        <translation>Le port «&#xa0;%1&#xa0;» ne peut appartenir qu’à une seule instance&#xa0;: lancez une seule instance, ou choisissez des réseaux plutôt que des ports.</translation>
    </message>
    <message>
        <source>The port “%1” is listed twice: a port connects one interface.</source>
        <translation>Le port «&#xa0;%1&#xa0;» figure deux fois&#xa0;: un port ne connecte qu’une seule interface.</translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation>Donnez un nom à l’instance.</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>Le nom ne peut pas commencer ou se terminer par un espace.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; Nova accepts at most 255.</source>
        <extracomment>%1 the number of characters typed</extracomment>
        <translation>Le nom comporte %1 caractères&#xa0;; Nova en accepte 255 au maximum.</translation>
    </message>
    <message>
        <source>The name holds a tab, a line break or another invisible character: use printable characters only.</source>
        <translation>Le nom contient une tabulation, un saut de ligne ou un autre caractère invisible&#xa0;: utilisez uniquement des caractères imprimables.</translation>
    </message>
    <message>
        <source>The post-install script is too large: %1 bytes, which is %2 bytes once base64-encoded, and Nova accepts at most %3 encoded bytes. Shorten it, or have it download the rest.</source>
        <extracomment>%1 the script&apos;s size in bytes, %2 its size once base64-encoded, %3 Nova&apos;s limit (65,535)</extracomment>
        <translation>Le script de post-installation est trop volumineux&#xa0;: %1 octets, soit %2 octets une fois encodé en base64, alors que Nova accepte au plus %3 octets encodés. Raccourcissez-le, ou faites-lui télécharger le reste.</translation>
    </message>
    <message>
        <source>Launch between 1 and %1 instances at a time.</source>
        <extracomment>%1 the largest number of instances launched at once</extracomment>
        <translation>Lancez entre 1 et %1 instances à la fois.</translation>
    </message>
    <message>
        <source>Choose at least one security group: with none, Nova applies “default” anyway.</source>
        <translation>Choisissez au moins un groupe de sécurité&#xa0;: sans groupe, Nova applique de toute façon «&#xa0;default&#xa0;».</translation>
    </message>
</context>
<context>
    <name>zenith::LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Cloud&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication URL:</source>
        <translation>URL d’authentification&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Application credential:</source>
        <translation>Identifiant d’application&#xa0;:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>&amp;ID de l’identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>none (unscoped token)</source>
        <translation>aucun (jeton sans portée)</translation>
    </message>
    <message>
        <source>Shown when the application credential was created</source>
        <translation>Affiché à la création de l’identifiant d’application</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>No system keyring is available: Zenith will ask for your password each session.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: Zenith vous demandera votre mot de passe à chaque session.</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>No system keyring is available: Zenith will ask for the secret each session.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: Zenith vous demandera le secret à chaque session.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>No system keyring is available: Zenith will ask for a token each session.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: Zenith vous demandera un jeton à chaque session.</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Mémoriser dans le &amp;trousseau système</translation>
    </message>
    <message>
        <source>Keeps the secret in your desktop&apos;s keyring (GNOME Keyring, KWallet), never in a file.</source>
        <translation>Conserve le secret dans le trousseau de votre bureau (Trousseau de clés GNOME, KWallet), jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Masquer le texte</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Afficher le texte</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Échec de la connexion.</translation>
    </message>
</context>
<context>
    <name>zenith::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Import openrc File…</source>
        <translation>&amp;Importer un fichier openrc…</translation>
    </message>
    <message>
        <source>Add the cloud described by an openrc file downloaded from Horizon</source>
        <translation>Ajouter le cloud décrit par un fichier openrc téléchargé depuis Horizon</translation>
    </message>
    <message>
        <source>&amp;Open clouds.yaml…</source>
        <translation>&amp;Ouvrir clouds.yaml…</translation>
    </message>
    <message>
        <source>Read the clouds of a clouds.yaml file</source>
        <translation>Lire les clouds d’un fichier clouds.yaml</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cloud Toolbar</source>
        <translation>Barre d’outils Cloud</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About Zenith</source>
        <translation>À &amp;propos de Zenith</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Import openrc File</source>
        <translation>Importer un fichier openrc</translation>
    </message>
    <message>
        <source>openrc files (*openrc* *.sh)</source>
        <translation>Fichiers openrc (*openrc* *.sh)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open clouds.yaml</source>
        <translation>Ouvrir clouds.yaml</translation>
    </message>
    <message>
        <source>OpenStack configuration (clouds.yaml clouds.yml *.yaml *.yml)</source>
        <translation>Configuration OpenStack (clouds.yaml clouds.yml *.yaml *.yml)</translation>
    </message>
    <message>
        <source>A desktop client for OpenStack clouds: instances, networks, volumes, DNS, and whole labs built in a few steps.</source>
        <translation>Un client de bureau pour les clouds OpenStack&#xa0;: instances, réseaux, volumes, DNS, et des labs complets construits en quelques étapes.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>About Zenith</source>
        <translation>À propos de Zenith</translation>
    </message>
    <message>
        <source>Demo cloud (simulated)</source>
        <translation>Cloud de démonstration (simulé)</translation>
    </message>
    <message>
        <source>This is the demo cloud: a simulated OpenStack running inside Zenith on this computer. Nothing done here reaches a real cloud. To use your own, choose File › Import openrc File… or File › Open clouds.yaml…</source>
        <translation>Ceci est le cloud de démonstration&#xa0;: un OpenStack simulé qui tourne dans Zenith sur cet ordinateur. Rien de ce qui est fait ici n’atteint un vrai cloud. Pour utiliser le vôtre, choisissez Fichier › Importer un fichier openrc… ou Fichier › Ouvrir clouds.yaml…</translation>
    </message>
</context>
<context>
    <name>zenith::NavigationSidebar</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Show %1 (%2)</source>
        <extracomment>Tooltip of a sidebar entry; %1 is the area, %2 its shortcut</extracomment>
        <translation>Afficher %1 (%2)</translation>
    </message>
</context>
<context>
    <name>zenith::NetworksModel</name>
    <message>
        <source>Shared</source>
        <extracomment>Networks table: the network is shared with other projects</extracomment>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>External</source>
        <extracomment>Networks table: an external network (router gateways, floating IPs)</extracomment>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Sous-réseaux</translation>
    </message>
    <message>
        <source>Sharing</source>
        <extracomment>Column: shared with other projects or not</extracomment>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: the network is external (router gateways, floating IPs) or internal</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Neutron status of a network, router, port or floating IP</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>Neutron status: not forwarding traffic (e.g. a floating IP not associated)</extracomment>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>En construction</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Allocating</source>
        <translation>Allocation en cours</translation>
    </message>
</context>
<context>
    <name>zenith::NetworksSection</name>
    <message>
        <source>Delete network</source>
        <translation>Supprimer le réseau</translation>
    </message>
    <message>
        <source>Delete network “%1” and its subnets? Instances and routers must not use it any more.</source>
        <extracomment>%1 is the network&apos;s name</extracomment>
        <translation>Supprimer le réseau «&#xa0;%1&#xa0;» et ses sous-réseaux&#xa0;? Aucune instance ni aucun routeur ne doit plus l’utiliser.</translation>
    </message>
    <message>
        <source>Delete subnet</source>
        <translation>Supprimer le sous-réseau</translation>
    </message>
    <message>
        <source>Delete subnet “%1” (%2)?</source>
        <extracomment>%1 is the subnet&apos;s name, %2 its range</extracomment>
        <translation>Supprimer le sous-réseau «&#xa0;%1&#xa0;» (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>Create network…</source>
        <translation>Créer un réseau…</translation>
    </message>
    <message>
        <source>Add subnet…</source>
        <translation>Ajouter un sous-réseau…</translation>
    </message>
    <message>
        <source>Edit subnet…</source>
        <translation>Modifier le sous-réseau…</translation>
    </message>
    <message>
        <source>Delete subnet…</source>
        <translation>Supprimer le sous-réseau…</translation>
    </message>
    <message>
        <source>Delete network…</source>
        <translation>Supprimer le réseau…</translation>
    </message>
    <message>
        <source>Rename network…</source>
        <translation>Renommer le réseau…</translation>
    </message>
    <message>
        <source>Subnets of the selected network</source>
        <extracomment>Title above the subnets table of the Networks tab</extracomment>
        <translation>Sous-réseaux du réseau sélectionné</translation>
    </message>
    <message>
        <source>Networks</source>
        <extracomment>Network pane tab</extracomment>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Search networks by name, subnet, range or id</source>
        <translation>Rechercher des réseaux par nom, sous-réseau, plage ou ID</translation>
    </message>
    <message>
        <source>Could not list the networks. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation>Impossible de lister les réseaux. %1</translation>
    </message>
    <message>
        <source>Rename network</source>
        <translation>Renommer le réseau</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <extracomment>%1 is the network&apos;s current name</extracomment>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Could not rename network “%1”.</source>
        <translation>Impossible de renommer le réseau «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No networks yet. Create one for the lab: a private network 10.12.0.0/16 that only your instances reach.</source>
        <translation>Aucun réseau pour l’instant. Créez celui du lab&#xa0;: un réseau privé 10.12.0.0/16 que seules vos instances atteignent.</translation>
    </message>
</context>
<context>
    <name>zenith::OvhCredentialsDialog</name>
    <message>
        <source>OVHcloud API Keys</source>
        <extracomment>Dialog title: the keys of OVHcloud&apos;s API</extracomment>
        <translation>Clés de l’API OVHcloud</translation>
    </message>
    <message>
        <source>OVHcloud Europe (eu.api.ovh.com)</source>
        <extracomment>An OVHcloud API platform; the host name stays as is</extracomment>
        <translation>OVHcloud Europe (eu.api.ovh.com)</translation>
    </message>
    <message>
        <source>OVHcloud Canada (ca.api.ovh.com)</source>
        <translation>OVHcloud Canada (ca.api.ovh.com)</translation>
    </message>
    <message>
        <source>OVHcloud US (api.us.ovhcloud.com)</source>
        <translation>OVHcloud US (api.us.ovhcloud.com)</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s DNS is not an OpenStack service: Zenith reaches it through OVHcloud&apos;s own API, which signs every call with three keys.</source>
        <translation>Le DNS d’OVHcloud n’est pas un service OpenStack&#xa0;: Zenith y accède par l’API propre à OVHcloud, qui signe chaque appel avec trois clés.</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Button: try the OVHcloud keys and keep them</extracomment>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <extracomment>Field: which OVHcloud API platform</extracomment>
        <translation>&amp;Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Clé d’&amp;application&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;secret:</source>
        <translation>&amp;Secret d’application&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Consumer key:</source>
        <translation>Clé &amp;consommateur&#xa0;:</translation>
    </message>
    <message>
        <source>Zenith demo cloud (simulated, no account needed)</source>
        <extracomment>The demo cloud&apos;s simulation of OVHcloud&apos;s API, chosen in the endpoint list</extracomment>
        <translation>Cloud de démonstration Zenith (simulé, sans compte)</translation>
    </message>
    <message>
        <source>The demo cloud simulates OVHcloud&apos;s API with the zone zenith-lab.example: its keys are filled in. Connect to try it.</source>
        <translation>Le cloud de démonstration simule l’API d’OVHcloud avec la zone zenith-lab.example&#xa0;: ses clés sont déjà renseignées. Cliquez sur Se connecter pour l’essayer.</translation>
    </message>
    <message>
        <source>Create the keys at %1 with the rights GET, POST, PUT and DELETE on /domain/*. Zenith keeps the application secret and the consumer key in your system keyring.</source>
        <extracomment>%1 is a web address to copy into a browser</extracomment>
        <translation>Créez les clés sur %1 avec les droits GET, POST, PUT et DELETE sur /domain/*. Zenith conserve le secret d’application et la clé consommateur dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Enter the application key (AK), as shown when you created the keys.</source>
        <translation>Saisissez la clé d’application (AK), telle qu’elle s’est affichée lors de la création des clés.</translation>
    </message>
    <message>
        <source>Enter the application secret (AS), as shown when you created the keys.</source>
        <translation>Saisissez le secret d’application (AS), tel qu’il s’est affiché lors de la création des clés.</translation>
    </message>
    <message>
        <source>Enter the consumer key (CK), as shown when you created the keys.</source>
        <translation>Saisissez la clé consommateur (CK), telle qu’elle s’est affichée lors de la création des clés.</translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation>Connectez-vous d’abord à un cloud.</translation>
    </message>
    <message>
        <source>Lists the DNS zones these OVHcloud keys may manage.</source>
        <translation>Liste les zones DNS que ces clés OVHcloud peuvent gérer.</translation>
    </message>
</context>
<context>
    <name>zenith::OvhErrorText</name>
    <message>
        <source>OVHcloud refused the signature of the request: the application secret does not go with this application key. Copy both again from the page where you created them.</source>
        <translation>OVHcloud a refusé la signature de la requête&#xa0;: le secret d’application ne correspond pas à cette clé d’application. Copiez de nouveau les deux depuis la page où vous les avez créés.</translation>
    </message>
    <message>
        <source>OVHcloud does not know this consumer key, or it has expired or been revoked. Check it, or create new keys.</source>
        <translation>OVHcloud ne connaît pas cette clé consommateur, ou elle a expiré ou été révoquée. Vérifiez-la, ou créez de nouvelles clés.</translation>
    </message>
    <message>
        <source>OVHcloud does not know this application key. Check it, or create new keys.</source>
        <translation>OVHcloud ne connaît pas cette clé d’application. Vérifiez-la, ou créez de nouvelles clés.</translation>
    </message>
    <message>
        <source>OVHcloud refused the time of the request: this computer&apos;s clock is too far from OVHcloud&apos;s. Set the clock right (automatic date and time), then try again.</source>
        <translation>OVHcloud a refusé l’heure de la requête&#xa0;: l’horloge de cet ordinateur est trop décalée par rapport à celle d’OVHcloud. Remettez l’horloge à l’heure (date et heure automatiques), puis réessayez.</translation>
    </message>
    <message>
        <source>OVHcloud did not accept these keys. Check the application key, the application secret and the consumer key.</source>
        <translation>OVHcloud n’a pas accepté ces clés. Vérifiez la clé d’application, le secret d’application et la clé consommateur.</translation>
    </message>
    <message>
        <source>These keys may not do this: the consumer key&apos;s rights lack this call. Create keys with GET, POST, PUT and DELETE on /domain/*.</source>
        <translation>Ces clés ne permettent pas cette opération&#xa0;: les droits de la clé consommateur n’incluent pas cet appel. Créez des clés avec GET, POST, PUT et DELETE sur /domain/*.</translation>
    </message>
    <message>
        <source>This record is gone: it was deleted, perhaps in OVHcloud&apos;s control panel.</source>
        <translation>Cet enregistrement n’existe plus&#xa0;: il a été supprimé, peut-être dans l’espace client OVHcloud.</translation>
    </message>
    <message>
        <source>OVHcloud has no such zone for these keys: the domain is not in this account, or its DNS is not hosted at OVHcloud.</source>
        <extracomment>%1 is a DNS zone (a domain)</extracomment>
        <translation>OVHcloud n’a pas cette zone pour ces clés&#xa0;: le domaine n’appartient pas à ce compte, ou son DNS n’est pas hébergé chez OVHcloud.</translation>
    </message>
    <message>
        <source>OVHcloud has no zone %1 for these keys: the domain is not in this account, or its DNS is not hosted at OVHcloud.</source>
        <translation>OVHcloud n’a pas de zone %1 pour ces clés&#xa0;: le domaine n’appartient pas à ce compte, ou son DNS n’est pas hébergé chez OVHcloud.</translation>
    </message>
    <message>
        <source>This record already exists in the zone: OVHcloud does not keep the same record twice.</source>
        <translation>Cet enregistrement existe déjà dans la zone&#xa0;: OVHcloud ne conserve pas deux fois le même enregistrement.</translation>
    </message>
    <message>
        <source>OVHcloud refused the record&apos;s data.</source>
        <translation>OVHcloud a refusé les données de l’enregistrement.</translation>
    </message>
    <message>
        <source>Zenith could not reach OVHcloud&apos;s API. Check your network connection and the endpoint.</source>
        <translation>Zenith n’a pas pu joindre l’API d’OVHcloud. Vérifiez votre connexion réseau et le point de terminaison.</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s API did not answer in time. Try again in a moment.</source>
        <translation>L’API d’OVHcloud n’a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>zenith::PortDialog</name>
    <message>
        <source>Edit Port %1</source>
        <translation>Modifier le port %1</translation>
    </message>
    <message>
        <source>Create Port</source>
        <translation>Créer un port</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>optional, for example lb-private</source>
        <translation>facultatif, par exemple lb-private</translation>
    </message>
    <message>
        <source>Fixed IPs:</source>
        <translation>IP fixes&#xa0;:</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <extracomment>Label of the list of security groups to apply to a port (several may be checked)</extracomment>
        <translation>Groupes de sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed addresses:</source>
        <extracomment>Label of the allowed address pairs editor</extracomment>
        <translation>Adresses autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port security (anti-spoofing and security groups)</source>
        <translation>&amp;Sécurité du port (anti-usurpation et groupes de sécurité)</translation>
    </message>
    <message>
        <source>Remove its security groups and allowed addresses in the same change</source>
        <translation>Retirer ses groupes de sécurité et ses adresses autorisées dans la même modification</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The port only sends from its own addresses (and its allowed addresses), and its security groups filter what comes in and goes out.</source>
        <translation>Le port n’émet que depuis ses propres adresses (et ses adresses autorisées), et ses groupes de sécurité filtrent le trafic entrant et sortant.</translation>
    </message>
    <message>
        <source>With port security off the port accepts and sends all traffic: no security group filters it and no address is checked. Neutron needs the port&apos;s security groups and allowed addresses removed first.</source>
        <translation>Sans sécurité du port, le port accepte et émet tout le trafic&#xa0;: aucun groupe de sécurité ne le filtre et aucune adresse n’est vérifiée. Neutron exige d’abord le retrait des groupes de sécurité et des adresses autorisées du port.</translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation>Connectez-vous d’abord à un cloud.</translation>
    </message>
    <message>
        <source>Changes the port %1.</source>
        <extracomment>%1 a port&apos;s name</extracomment>
        <translation>Modifie le port %1.</translation>
    </message>
    <message>
        <source>Creates the port %1.</source>
        <translation>Crée le port %1.</translation>
    </message>
</context>
<context>
    <name>zenith::PortErrorText</name>
    <message>
        <source>The address %1 is already used by another port of this subnet (an instance, a router interface or the DHCP port). Choose another address, or free this one first.</source>
        <extracomment>%1 an IP address; a router interface or a DHCP port often holds the subnet&apos;s first addresses</extracomment>
        <translation>L’adresse %1 est déjà utilisée par un autre port de ce sous-réseau (une instance, une interface de routeur ou le port DHCP). Choisissez une autre adresse ou libérez d’abord celle-ci.</translation>
    </message>
    <message>
        <source>you chose</source>
        <translation>que vous avez choisie</translation>
    </message>
    <message>
        <source>Port security cannot be off while the port has security groups: remove the groups in the same change.</source>
        <translation>La sécurité du port ne peut pas être désactivée tant que le port a des groupes de sécurité&#xa0;: retirez les groupes dans la même modification.</translation>
    </message>
    <message>
        <source>Allowed address pairs need port security on: remove the pairs, or keep port security on.</source>
        <translation>Les paires d’adresses autorisées exigent que la sécurité du port soit activée&#xa0;: retirez les paires ou laissez la sécurité du port activée.</translation>
    </message>
    <message>
        <source>The address is not inside the chosen subnet.</source>
        <translation>L’adresse n’est pas dans le sous-réseau choisi.</translation>
    </message>
    <message>
        <source>The subnet has no free address left.</source>
        <translation>Le sous-réseau n’a plus d’adresse libre.</translation>
    </message>
    <message>
        <source>The same allowed address is listed twice.</source>
        <translation>La même adresse autorisée figure deux fois.</translation>
    </message>
    <message>
        <source>The port could not be saved.</source>
        <translation>Le port n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>%1 belongs to a router: remove the router&apos;s interface (or gateway) instead, and the port goes with it.</source>
        <extracomment>%1 a port&apos;s name; router ports go with the router interface or gateway</extracomment>
        <translation>%1 appartient à un routeur&#xa0;: retirez plutôt l’interface (ou la passerelle) du routeur, et le port disparaîtra avec elle.</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1 n’a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>zenith::PortForm</name>
    <message>
        <source>%1 is not an IP address (for example 10.12.0.1).</source>
        <extracomment>%1 is what the user typed as an IP address</extracomment>
        <translation>%1 n’est pas une adresse IP (par exemple 10.12.0.1).</translation>
    </message>
    <message>
        <source>%1 is not of the same IP version as the subnet %2.</source>
        <extracomment>%1 an address, %2 a subnet&apos;s CIDR such as 10.12.0.0/16</extracomment>
        <translation>%1 n’est pas de la même version IP que le sous-réseau %2.</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2: choose an address inside it.</source>
        <translation>%1 est hors du sous-réseau %2&#xa0;: choisissez une adresse qui en fait partie.</translation>
    </message>
    <message>
        <source>%1 is the address of the subnet %2 itself: no interface can have it.</source>
        <extracomment>%1 an address such as 10.12.0.0, %2 the subnet&apos;s CIDR</extracomment>
        <translation>%1 est l’adresse du sous-réseau %2 lui-même&#xa0;: aucune interface ne peut la prendre.</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of the subnet %2: no interface can have it.</source>
        <translation>%1 est l’adresse de diffusion du sous-réseau %2&#xa0;: aucune interface ne peut la prendre.</translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR (0.0.0.0/0 lets the port forward any IPv4 traffic).</source>
        <translation>Saisissez une adresse IP ou un CIDR (0.0.0.0/0 permet au port de relayer tout trafic IPv4).</translation>
    </message>
    <message>
        <source>%1 is not a valid CIDR: write an address, a slash and a prefix length (for example 10.12.0.0/16 or 0.0.0.0/0).</source>
        <extracomment>%1 is what the user typed as a CIDR</extracomment>
        <translation>%1 n’est pas un CIDR valide&#xa0;: écrivez une adresse, une barre oblique et une longueur de préfixe (par exemple 10.12.0.0/16 ou 0.0.0.0/0).</translation>
    </message>
    <message>
        <source>%1 has host bits set: the network of this prefix is %2.</source>
        <extracomment>%1 typed CIDR, %2 the network address it should start with</extracomment>
        <translation>%1 a des bits d’hôte non nuls&#xa0;: le réseau de ce préfixe est %2.</translation>
    </message>
    <message>
        <source>%1 is not an IP address or a CIDR.</source>
        <translation>%1 n’est ni une adresse IP ni un CIDR.</translation>
    </message>
    <message>
        <source>%1 is not a MAC address (six pairs of hexadecimal digits, for example fa:16:3e:12:34:56).</source>
        <extracomment>%1 is what the user typed as a MAC address</extracomment>
        <translation>%1 n’est pas une adresse MAC (six paires de chiffres hexadécimaux, par exemple fa:16:3e:12:34:56).</translation>
    </message>
    <message>
        <source>Choose the network the port is on.</source>
        <translation>Choisissez le réseau du port.</translation>
    </message>
    <message>
        <source>Choose a subnet for each fixed IP.</source>
        <translation>Choisissez un sous-réseau pour chaque IP fixe.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <extracomment>%1 an IP address listed twice</extracomment>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <source>Port security cannot be turned off while the port has security groups: remove them too (Neutron refuses otherwise).</source>
        <translation>Impossible de désactiver la sécurité du port tant qu’il a des groupes de sécurité&#xa0;: retirez-les aussi (sinon Neutron refuse).</translation>
    </message>
    <message>
        <source>Port security cannot be turned off while the port has allowed address pairs: remove them too (Neutron refuses otherwise).</source>
        <translation>Impossible de désactiver la sécurité du port tant qu’il a des paires d’adresses autorisées&#xa0;: retirez-les aussi (sinon Neutron refuse).</translation>
    </message>
</context>
<context>
    <name>zenith::PortOwners</name>
    <message>
        <source>instance “%1”</source>
        <extracomment>Who uses a port: %1 is the instance&apos;s name</extracomment>
        <translation>l’instance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an interface of router “%1”</source>
        <extracomment>Who uses a port: %1 is the router&apos;s name</extracomment>
        <translation>une interface du routeur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the gateway of router “%1”</source>
        <translation>la passerelle du routeur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a floating IP</source>
        <translation>une IP flottante</translation>
    </message>
    <message>
        <source>the DHCP service</source>
        <translation>le service DHCP</translation>
    </message>
    <message>
        <source>port “%1”, attached to nothing</source>
        <extracomment>Who uses a port: %1 is the port&apos;s name or id</extracomment>
        <translation>le port «&#xa0;%1&#xa0;», non attaché</translation>
    </message>
    <message>
        <source>a port of %1</source>
        <extracomment>Who uses a port: %1 is Neutron&apos;s device_owner, e.g. &quot;network:distributed&quot;</extracomment>
        <translation>un port de %1</translation>
    </message>
</context>
<context>
    <name>zenith::PortsModel</name>
    <message>
        <source>router %1</source>
        <extracomment>The device of a port: a router, %1 its name</extracomment>
        <translation>routeur %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Free</source>
        <extracomment>A port no instance or router uses</extracomment>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Router interface</source>
        <translation>Interface de routeur</translation>
    </message>
    <message>
        <source>Router gateway</source>
        <translation>Passerelle de routeur</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Floating IP</source>
        <translation>IP flottante</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Port security of a port: on (anti-spoofing and security groups apply) or off</extracomment>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Fixed IPs</source>
        <translation>IP fixes</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attached to</source>
        <extracomment>Column: what uses the port (an instance or a router)</extracomment>
        <translation>Attaché à</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column: Neutron&apos;s device_owner in words (instance, router interface, DHCP...)</extracomment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Port security</source>
        <translation>Sécurité du port</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Adresses autorisées</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Groupes de sécurité</translation>
    </message>
</context>
<context>
    <name>zenith::PortsSection</name>
    <message>
        <source>Ports</source>
        <extracomment>Network pane tab: the project&apos;s Neutron ports</extracomment>
        <translation>Ports</translation>
    </message>
    <message>
        <source>router %1</source>
        <extracomment>A router in the device filter of the Ports tab, %1 its name</extracomment>
        <translation>routeur %1</translation>
    </message>
    <message>
        <source>All networks</source>
        <extracomment>Network filter of the Ports tab: no filter</extracomment>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>All devices</source>
        <extracomment>Device filter of the Ports tab: no filter</extracomment>
        <translation>Tous les équipements</translation>
    </message>
    <message>
        <source>Search ports by name, address, MAC or device</source>
        <extracomment>Placeholder of the search box of the Ports tab</extracomment>
        <translation>Rechercher des ports par nom, adresse, MAC ou équipement</translation>
    </message>
    <message>
        <source>Show the ports of one network</source>
        <translation>Afficher les ports d’un réseau</translation>
    </message>
    <message>
        <source>Show the ports of one instance or router</source>
        <translation>Afficher les ports d’une instance ou d’un routeur</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>Create a port with chosen fixed IPs, for example the lab&apos;s 10.12.0.1</source>
        <translation>Créer un port avec des IP fixes choisies, par exemple l’adresse 10.12.0.1 du lab</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the port&apos;s fixed IPs, port security, security groups and allowed addresses</source>
        <translation>Modifier les IP fixes, la sécurité, les groupes de sécurité et les adresses autorisées du port</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <extracomment>Count next to the search box of the Ports tab; or &quot;%1 of %2&quot; when it filters</extracomment>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Sign in to a cloud to see its ports.</source>
        <translation>Connectez-vous à un cloud pour voir ses ports.</translation>
    </message>
    <message>
        <source>Loading ports…</source>
        <translation>Chargement des ports…</translation>
    </message>
    <message>
        <source>This project has no ports yet. Instances get one per network when they launch; create one yourself to choose its address.</source>
        <translation>Ce projet n’a encore aucun port. Les instances en reçoivent un par réseau à leur lancement&#xa0;; créez-en un vous-même pour choisir son adresse.</translation>
    </message>
    <message>
        <source>The ports could not be listed.</source>
        <translation>Impossible de lister les ports.</translation>
    </message>
    <message>
        <source>Port %1 saved.</source>
        <extracomment>%1 a port&apos;s name</extracomment>
        <translation>Port %1 enregistré.</translation>
    </message>
    <message>
        <source>%1 belongs to the router %2: Neutron refuses to delete it directly. Remove the router&apos;s interface instead (%3), and the port goes with it.</source>
        <extracomment>%1 a port, %2 a router, %3 the command that removes the interface</extracomment>
        <translation>%1 appartient au routeur %2&#xa0;: Neutron refuse de le supprimer directement. Retirez plutôt l’interface du routeur (%3), et le port disparaîtra avec elle.</translation>
    </message>
    <message>
        <source>Delete Port</source>
        <translation>Supprimer le port</translation>
    </message>
    <message>
        <source>Delete the port %1?</source>
        <translation>Supprimer le port %1&#xa0;?</translation>
    </message>
    <message>
        <source>The instance %1 uses it: it loses this interface and its addresses.</source>
        <extracomment>%1 the instance using the port</extracomment>
        <translation>L’instance %1 l’utilise&#xa0;: elle perdra cette interface et ses adresses.</translation>
    </message>
    <message>
        <source>Its fixed IPs go back to their subnets.</source>
        <translation>Ses IP fixes seront rendues à leurs sous-réseaux.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deletes the port %1.</source>
        <translation>Supprime le port %1.</translation>
    </message>
    <message>
        <source>Create a Port…</source>
        <extracomment>Button in the empty Ports tab</extracomment>
        <translation>Créer un port…</translation>
    </message>
</context>
<context>
    <name>zenith::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Applies at once. &quot;System language&quot; follows your desktop&apos;s language setting.</source>
        <translation>S’applique immédiatement. «&#xa0;Langue du système&#xa0;» suit la langue choisie pour votre bureau.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1 is the language the system asks for, by its own name, e.g. &quot;Français&quot;</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>zenith::PublicKeyText</name>
    <message>
        <source>Pick its public key instead: %1, the file with the same name ending in .pub.</source>
        <extracomment>After &quot;This is a private key…&quot;: %1 is the public key file next to it, e.g. &quot;id_ed25519.pub&quot;</extracomment>
        <translation>Choisissez plutôt sa clé publique&#xa0;: %1, le fichier de même nom se terminant par .pub.</translation>
    </message>
    <message>
        <source>Pick its public key instead: the file with the same name ending in .pub, for example ~/.ssh/id_ed25519.pub.</source>
        <extracomment>After &quot;This is a private key…&quot;</extracomment>
        <translation>Choisissez plutôt sa clé publique&#xa0;: le fichier de même nom se terminant par .pub, par exemple ~/.ssh/id_ed25519.pub.</translation>
    </message>
    <message>
        <source>It must never leave your computer, and nothing was sent.</source>
        <extracomment>First sentence of every refusal of a private key: Zenith sent nothing</extracomment>
        <translation>Elle ne doit jamais quitter votre ordinateur, et rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Paste a public key (one line starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-), or choose a .pub file.</source>
        <translation>Collez une clé publique (une ligne commençant par ssh-ed25519, ssh-rsa ou ecdsa-sha2-), ou choisissez un fichier .pub.</translation>
    </message>
    <message>
        <source>This file is empty. Pick the .pub file that ssh-keygen wrote next to your private key, for example ~/.ssh/id_ed25519.pub.</source>
        <translation>Ce fichier est vide. Choisissez le fichier .pub que ssh-keygen a créé à côté de votre clé privée, par exemple ~/.ssh/id_ed25519.pub.</translation>
    </message>
    <message>
        <source>This is %1, far too large for a public key (at most 16 KiB, usually under 1 KiB). Pick the .pub file of your key, for example ~/.ssh/id_ed25519.pub.</source>
        <extracomment>%1 is a size such as &quot;17.1 KiB&quot;</extracomment>
        <translation>Ce contenu fait %1, bien trop pour une clé publique (16 Kio au maximum, généralement moins de 1 Kio). Choisissez le fichier .pub de votre clé, par exemple ~/.ssh/id_ed25519.pub.</translation>
    </message>
    <message>
        <source>This is a private key (OpenSSH format).</source>
        <translation>Il s’agit d’une clé privée (format OpenSSH).</translation>
    </message>
    <message>
        <source>This is a private key (PEM, %1).</source>
        <extracomment>%1 is the PEM flavour: &quot;RSA&quot;, &quot;EC&quot;, &quot;DSA&quot;, &quot;PKCS#8&quot; or &quot;encrypted PKCS#8&quot;</extracomment>
        <translation>Il s’agit d’une clé privée (PEM, %1).</translation>
    </message>
    <message>
        <source>Without one, make it with: ssh-keygen -y -f PRIVATE_KEY &gt; key.pub</source>
        <translation>Si vous ne l’avez pas, générez-la avec&#xa0;: ssh-keygen -y -f PRIVATE_KEY &gt; key.pub</translation>
    </message>
    <message>
        <source>This is a PuTTY private key (.ppk).</source>
        <translation>Il s’agit d’une clé privée PuTTY (.ppk).</translation>
    </message>
    <message>
        <source>Open it in PuTTYgen and paste here the text under “Public key for pasting into OpenSSH authorized_keys file”.</source>
        <translation>Ouvrez-la dans PuTTYgen et collez ici le texte situé sous «&#xa0;Public key for pasting into OpenSSH authorized_keys file&#xa0;».</translation>
    </message>
    <message>
        <source>This is a public key in the SSH2 (RFC 4716) format, which OpenStack does not read. Convert it with: ssh-keygen -i -f KEY &gt; key.pub, then pick key.pub.</source>
        <translation>Il s’agit d’une clé publique au format SSH2 (RFC 4716), qu’OpenStack ne sait pas lire. Convertissez-la avec&#xa0;: ssh-keygen -i -f KEY &gt; key.pub, puis choisissez key.pub.</translation>
    </message>
    <message>
        <source>This is a %1 key, which OpenStack does not accept here. Use an Ed25519, RSA or ECDSA key, or generate a new one.</source>
        <extracomment>%1 is a key type such as &quot;ssh-dss&quot;</extracomment>
        <translation>Il s’agit d’une clé %1, qu’OpenStack n’accepte pas ici. Utilisez une clé Ed25519, RSA ou ECDSA, ou générez-en une nouvelle.</translation>
    </message>
    <message>
        <source>This line says it is an %1 public key, but the key data is of another type: it was edited or pasted together from two keys. Copy the whole line again from the .pub file.</source>
        <extracomment>%1 is a key type such as &quot;RSA&quot;</extracomment>
        <translation>Cette ligne indique une clé publique %1, mais les données de la clé sont d’un autre type&#xa0;: elle a été modifiée, ou assemblée à partir de deux clés. Copiez à nouveau la ligne entière depuis le fichier .pub.</translation>
    </message>
    <message>
        <source>This looks like an %1 public key, but the key data is damaged (part of it may be missing). Copy the whole line again from the .pub file, or choose the file itself.</source>
        <translation>Cela ressemble à une clé publique %1, mais les données de la clé sont endommagées (une partie manque peut-être). Copiez à nouveau la ligne entière depuis le fichier .pub, ou choisissez directement le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>This holds %n public keys (like an authorized_keys file), but a key pair is one key. Pick a single .pub file, or paste one line.</source>
        <translation>
            <numerusform>Ce contenu contient %n clé publique (comme un fichier authorized_keys), mais une paire de clés ne comporte qu’une seule clé. Choisissez un seul fichier .pub, ou collez une seule ligne.</numerusform>
            <numerusform>Ce contenu contient %n clés publiques (comme un fichier authorized_keys), mais une paire de clés ne comporte qu’une seule clé. Choisissez un seul fichier .pub, ou collez une seule ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a %1 file, not a key. Pick a public key file: its name ends in .pub, usually in ~/.ssh.</source>
        <extracomment>%1 is a file format: &quot;JPEG&quot;, &quot;PNG&quot;, &quot;PDF&quot;, &quot;ZIP&quot; or &quot;gzip&quot;</extracomment>
        <translation>Il s’agit d’un fichier %1, pas d’une clé. Choisissez un fichier de clé publique&#xa0;: son nom se termine par .pub, généralement dans ~/.ssh.</translation>
    </message>
    <message>
        <source>This is a binary file, not a key. Pick a public key file: its name ends in .pub, usually in ~/.ssh.</source>
        <translation>Il s’agit d’un fichier binaire, pas d’une clé. Choisissez un fichier de clé publique&#xa0;: son nom se termine par .pub, généralement dans ~/.ssh.</translation>
    </message>
    <message>
        <source>This text holds no SSH public key. Pick a public key file (its name ends in .pub, usually in ~/.ssh), or paste the line that starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-.</source>
        <translation>Ce texte ne contient aucune clé publique SSH. Choisissez un fichier de clé publique (son nom se termine par .pub, généralement dans ~/.ssh), ou collez la ligne qui commence par ssh-ed25519, ssh-rsa ou ecdsa-sha2-.</translation>
    </message>
    <message>
        <source>Enter a name for the key pair.</source>
        <translation>Saisissez un nom pour la paire de clés.</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>Le nom ne peut pas commencer ou se terminer par un espace.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; OpenStack accepts at most %2.</source>
        <translation>Le nom comporte %1 caractères&#xa0;; OpenStack en accepte %2 au maximum.</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>a special space</source>
        <extracomment>A space character other than the plain space: non-breaking, thin…</extracomment>
        <translation>un espace spécial</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <extracomment>An invisible control character, such as a line break</extracomment>
        <translation>un caractère invisible</translation>
    </message>
    <message>
        <source>The name cannot contain %1. Use only letters without accents (a-z, A-Z), digits, spaces, “_” and “-”.</source>
        <extracomment>%1 lists characters, e.g. &quot;“@”, “.”&quot;</extracomment>
        <translation>Le nom ne peut pas contenir %1. Utilisez uniquement des lettres sans accent (a-z, A-Z), des chiffres, des espaces, «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
</context>
<context>
    <name>zenith::RoutersModel</name>
    <message>
        <source>None</source>
        <extracomment>Routers table: the router has no external gateway</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>External gateway</source>
        <extracomment>Column: the external network a router&apos;s gateway is on</extracomment>
        <translation>Passerelle externe</translation>
    </message>
    <message>
        <source>Gateway IP</source>
        <extracomment>Column: the router&apos;s address on the external network</extracomment>
        <translation>IP de passerelle</translation>
    </message>
    <message>
        <source>Interfaces (subnets)</source>
        <extracomment>Column: the subnets a router joins</extracomment>
        <translation>Interfaces (sous-réseaux)</translation>
    </message>
</context>
<context>
    <name>zenith::RoutersSection</name>
    <message>
        <source>Create router</source>
        <translation>Créer un routeur</translation>
    </message>
    <message>
        <source>e.g. lab-router</source>
        <translation>p. ex. lab-router</translation>
    </message>
    <message>
        <source>None (no internet access)</source>
        <extracomment>Choice of external network: the router gets no gateway</extracomment>
        <translation>Aucune (pas d’accès à Internet)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>External gateway:</source>
        <extracomment>Form label: the external network of the router&apos;s gateway</extracomment>
        <translation>Passerelle externe&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Give the router a name, for example lab-router.</source>
        <translation>Donnez un nom au routeur, par exemple lab-router.</translation>
    </message>
    <message>
        <source>Could not create the router.</source>
        <translation>Impossible de créer le routeur.</translation>
    </message>
    <message>
        <source>Set external gateway</source>
        <translation>Définir la passerelle externe</translation>
    </message>
    <message>
        <source>External network for the gateway of “%1”:</source>
        <extracomment>%1 is the router&apos;s name</extracomment>
        <translation>Réseau externe pour la passerelle de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Set gateway</source>
        <translation>Définir la passerelle</translation>
    </message>
    <message>
        <source>Could not set the gateway of “%1”.</source>
        <translation>Impossible de définir la passerelle de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear gateway</source>
        <translation>Retirer la passerelle</translation>
    </message>
    <message>
        <source>Could not clear the gateway of “%1”.</source>
        <translation>Impossible de retirer la passerelle de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add interface</source>
        <translation>Ajouter une interface</translation>
    </message>
    <message>
        <source>Subnet to join to “%1” (the router takes its gateway address):</source>
        <extracomment>%1 is the router&apos;s name</extracomment>
        <translation>Sous-réseau à relier à «&#xa0;%1&#xa0;» (le routeur prend son adresse de passerelle)&#xa0;:</translation>
    </message>
    <message>
        <source>Could not join “%1” to “%2”.</source>
        <translation>Impossible de relier «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Remove interface</source>
        <translation>Retirer une interface</translation>
    </message>
    <message>
        <source>Subnet to detach from “%1”:</source>
        <translation>Sous-réseau à détacher de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Could not detach “%1” from “%2”.</source>
        <translation>Impossible de détacher «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Delete router</source>
        <translation>Supprimer le routeur</translation>
    </message>
    <message>
        <source>Delete router “%1”? Its subnets lose their way out.</source>
        <extracomment>%1 is the router&apos;s name</extracomment>
        <translation>Supprimer le routeur «&#xa0;%1&#xa0;»&#xa0;? Ses sous-réseaux perdront leur accès vers l’extérieur.</translation>
    </message>
    <message>
        <source>Create router…</source>
        <translation>Créer un routeur…</translation>
    </message>
    <message>
        <source>Set gateway…</source>
        <translation>Définir la passerelle…</translation>
    </message>
    <message>
        <source>Add interface…</source>
        <translation>Ajouter une interface…</translation>
    </message>
    <message>
        <source>Remove interface…</source>
        <translation>Retirer une interface…</translation>
    </message>
    <message>
        <source>Delete router…</source>
        <translation>Supprimer le routeur…</translation>
    </message>
    <message>
        <source>Routers</source>
        <extracomment>Network pane tab</extracomment>
        <translation>Routeurs</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n router(s)</source>
        <translation>
            <numerusform>%n routeur</numerusform>
            <numerusform>%n routeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Search routers by name, gateway, subnet or id</source>
        <translation>Rechercher des routeurs par nom, passerelle, sous-réseau ou ID</translation>
    </message>
    <message>
        <source>Could not list the routers. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation>Impossible de lister les routeurs. %1</translation>
    </message>
    <message>
        <source>No routers yet. A router joins a private network to an external one; the lab needs none, as its load balancer is the private network&apos;s gateway.</source>
        <translation>Aucun routeur pour l’instant. Un routeur relie un réseau privé à un réseau externe&#xa0;; le lab n’en a pas besoin, car son répartiteur de charge est la passerelle du réseau privé.</translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupDialog</name>
    <message>
        <source>New Security Group</source>
        <extracomment>Title of the dialog that makes a new security group</extracomment>
        <translation>Nouveau groupe de sécurité</translation>
    </message>
    <message>
        <source>Edit Security Group %1</source>
        <translation>Modifier le groupe de sécurité %1</translation>
    </message>
    <message>
        <source>A security group is a firewall for the instances in it. A new group lets every outgoing connection out and nothing in: add rules for what should come in.</source>
        <translation>Un groupe de sécurité est un pare-feu pour les instances qui en font partie. Un nouveau groupe autorise toutes les connexions sortantes et bloque tout le trafic entrant&#xa0;: ajoutez des règles pour ce qui doit entrer.</translation>
    </message>
    <message>
        <source>Instances keep the group under its new name.</source>
        <translation>Les instances conservent le groupe sous son nouveau nom.</translation>
    </message>
    <message>
        <source>web, database…</source>
        <translation>web, base de données…</translation>
    </message>
    <message>
        <source>Optional: what the group is for</source>
        <translation>Facultatif&#xa0;: à quoi sert le groupe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Type a name: commands and the instance launcher show groups by name.</source>
        <translation>Saisissez un nom&#xa0;: les commandes et la fenêtre de lancement d’instance désignent les groupes par leur nom.</translation>
    </message>
    <message>
        <source>The name is %1 characters long: Neutron keeps 255 at most.</source>
        <translation>Le nom comporte %1 caractères&#xa0;: Neutron en accepte 255 au maximum.</translation>
    </message>
    <message>
        <source>“default” is the name of the group Neutron makes for every project: choose another name.</source>
        <translation>«&#xa0;default&#xa0;» est le nom du groupe que Neutron crée pour chaque projet&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The description is %1 characters long: Neutron keeps 255 at most.</source>
        <translation>La description comporte %1 caractères&#xa0;: Neutron en accepte 255 au maximum.</translation>
    </message>
    <message>
        <source>A group is already called %1: two groups with one name can only be told apart by their ids. Choose another name.</source>
        <extracomment>%1 is a security group name</extracomment>
        <translation>Un groupe s’appelle déjà %1&#xa0;: deux groupes de même nom ne se distinguent que par leur identifiant. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Creates the security group %1.</source>
        <extracomment>%1 is a security group name</extracomment>
        <translation>Crée le groupe de sécurité %1.</translation>
    </message>
    <message>
        <source>Renames the security group and sets its description.</source>
        <translation>Renomme le groupe de sécurité et définit sa description.</translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupRulesModel</name>
    <message>
        <source>Rule</source>
        <extracomment>Column: what a security group rule allows, in one sentence</extracomment>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Column: incoming or outgoing traffic</extracomment>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Ethertype</source>
        <extracomment>Column: IPv4 or IPv6</extracomment>
        <translation>Ethertype</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Ports</source>
        <extracomment>Column: the port range (or the ICMP type and code)</extracomment>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>Column: where the traffic comes from (a CIDR or a security group)</extracomment>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupTexts</name>
    <message>
        <source>%1 is still used by ports, the network interfaces of instances (or of a router or a load balancer), so Neutron keeps it. Remove the group from them first (Compute &gt; Instances, or `openstack server remove security group SERVER %2`), or delete those instances. `openstack port list --security-group %2` lists the ports that use it.</source>
        <extracomment>%1 is a security group name; the commands are typed as they are</extracomment>
        <translation>%1 est encore utilisé par des ports, les interfaces réseau des instances (ou d’un routeur ou d’un répartiteur de charge), donc Neutron le conserve. Retirez-leur d’abord le groupe (Calcul &gt; Instances, ou `openstack server remove security group SERVER %2`), ou supprimez ces instances. `openstack port list --security-group %2` liste les ports qui l’utilisent.</translation>
    </message>
    <message>
        <source>Every project keeps its default group: Neutron gives it to instances launched without a group. Change its rules instead.</source>
        <translation>Chaque projet conserve son groupe par défaut&#xa0;: Neutron l’attribue aux instances lancées sans groupe. Modifiez plutôt ses règles.</translation>
    </message>
    <message>
        <source>%1 could not be deleted. %2</source>
        <extracomment>%1 is a security group name, %2 the reason (several lines)</extracomment>
        <translation>Impossible de supprimer %1. %2</translation>
    </message>
    <message>
        <source>The group already has this very rule: nothing needs adding.</source>
        <extracomment>%1 is the id of the rule that exists already</extracomment>
        <translation>Le groupe contient déjà exactement cette règle&#xa0;: il n’y a rien à ajouter.</translation>
    </message>
    <message>
        <source>The group already has this very rule (%1): nothing needs adding.</source>
        <translation>Le groupe contient déjà exactement cette règle (%1)&#xa0;: il n’y a rien à ajouter.</translation>
    </message>
    <message>
        <source>Change the ports, the protocol or the remote to allow something else.</source>
        <translation>Modifiez les ports, le protocole ou l’extrémité distante pour autoriser autre chose.</translation>
    </message>
    <message>
        <source>The rule could not be added.</source>
        <extracomment>The reason (several lines) follows</extracomment>
        <translation>Impossible d’ajouter la règle.</translation>
    </message>
    <message>
        <source>“default” is the name of the group Neutron makes for every project: choose another name, and the default group cannot be renamed.</source>
        <translation>«&#xa0;default&#xa0;» est le nom du groupe que Neutron crée pour chaque projet&#xa0;: choisissez un autre nom&#xa0;; le groupe par défaut, lui, ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>The group could not be saved.</source>
        <translation>Impossible d’enregistrer le groupe.</translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Column: how many rules a security group has</extracomment>
        <translation>Règles</translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupsSection</name>
    <message>
        <source>Security Groups</source>
        <extracomment>Network pane tab: the project&apos;s security groups (firewalls of instances)</extracomment>
        <translation>Groupes de sécurité</translation>
    </message>
    <message>
        <source>Search groups by name or description</source>
        <extracomment>Placeholder of the search box of the Security groups tab</extracomment>
        <translation>Chercher un groupe par nom ou description</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <extracomment>Button: make a new security group (opens a dialog)</extracomment>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Button: rename the selected security group or change its description</extracomment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete Group…</source>
        <translation>Supprimer le groupe…</translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <extracomment>Button: add a rule to the selected security group (opens the rule editor)</extracomment>
        <translation>&amp;Ajouter une règle…</translation>
    </message>
    <message>
        <source>Delete R&amp;ules…</source>
        <translation>Supprimer les &amp;règles…</translation>
    </message>
    <message>
        <source>Delete Rules…</source>
        <translation>Supprimer les règles…</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <extracomment>Title above the rules table; %1 is a security group name</extracomment>
        <translation>Règles de %1</translation>
    </message>
    <message>
        <source>Select a group to see its rules.</source>
        <translation>Sélectionnez un groupe pour voir ses règles.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <extracomment>Count next to the search box; or &quot;%1 of %2&quot; when it filters</extracomment>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Sign in to a cloud to see your security groups.</source>
        <translation>Connectez-vous à un cloud pour voir vos groupes de sécurité.</translation>
    </message>
    <message>
        <source>Loading security groups…</source>
        <translation>Chargement des groupes de sécurité…</translation>
    </message>
    <message>
        <source>No security groups yet.</source>
        <translation>Aucun groupe de sécurité pour l’instant.</translation>
    </message>
    <message>
        <source>The security groups could not be listed.</source>
        <extracomment>Shown above (or instead of) the groups table when listing them failed</extracomment>
        <translation>Impossible de lister les groupes de sécurité.</translation>
    </message>
    <message>
        <source>Group %1 created: it lets every outgoing connection out and nothing in. Add rules for what should come in.</source>
        <extracomment>%1 is a security group name</extracomment>
        <translation>Groupe %1 créé&#xa0;: il autorise toutes les connexions sortantes et bloque tout ce qui entre. Ajoutez des règles pour ce qui doit pouvoir entrer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of a confirmation: delete</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete Security Group</source>
        <translation>Supprimer le groupe de sécurité</translation>
    </message>
    <message>
        <source>Delete the security group %1 and its rules?</source>
        <extracomment>%1 is a security group name</extracomment>
        <translation>Supprimer le groupe de sécurité %1 et ses règles&#xa0;?</translation>
    </message>
    <message>
        <source>Neutron refuses while instances use it. Rules of other groups that let its members in go with it.</source>
        <translation>Neutron refuse tant que des instances l’utilisent. Les règles d’autres groupes qui laissent entrer ses membres sont supprimées avec lui.</translation>
    </message>
    <message>
        <source>Deletes the security group %1.</source>
        <translation>Supprime le groupe de sécurité %1.</translation>
    </message>
    <message>
        <source>Delete Rules</source>
        <translation>Supprimer les règles</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n rule(s) of %1?</source>
        <translation>
            <numerusform>Supprimer %n règle de %1&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n règles de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Instances in the group stop accepting that traffic at once.</source>
        <translation>Les instances du groupe cessent immédiatement d’accepter ce trafic.</translation>
    </message>
    <message>
        <source>Rule %1 could not be deleted. %2</source>
        <extracomment>%1 is a rule id, %2 the reason (several lines)</extracomment>
        <translation>Impossible de supprimer la règle %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n security group rule(s).</source>
        <translation>
            <numerusform>Supprime %n règle de groupe de sécurité.</numerusform>
            <numerusform>Supprime %n règles de groupe de sécurité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::SecurityRuleDialog</name>
    <message>
        <source>Add a Rule to %1</source>
        <extracomment>Title of the rule editor; %1 is a security group name</extracomment>
        <translation>Ajouter une règle à %1</translation>
    </message>
    <message>
        <source>A rule lets traffic through the group&apos;s firewall: instances in the group accept what a rule allows and drop the rest. Start from a common service or fill in the fields.</source>
        <translation>Une règle laisse passer du trafic à travers le pare-feu du groupe&#xa0;: les instances du groupe acceptent ce qu’une règle autorise et rejettent le reste. Partez d’un service courant ou remplissez les champs.</translation>
    </message>
    <message>
        <source>SSH (22)</source>
        <translation>SSH (22)</translation>
    </message>
    <message>
        <source>HTTP (80)</source>
        <translation>HTTP (80)</translation>
    </message>
    <message>
        <source>HTTPS (443)</source>
        <translation>HTTPS (443)</translation>
    </message>
    <message>
        <source>ICMP (ping)</source>
        <extracomment>Preset: ICMP, which ping uses</extracomment>
        <translation>ICMP (ping)</translation>
    </message>
    <message>
        <source>MySQL/MariaDB (3306)</source>
        <translation>MySQL/MariaDB (3306)</translation>
    </message>
    <message>
        <source>DNS (53)</source>
        <extracomment>Preset: DNS on port 53, UDP and TCP (two rules)</extracomment>
        <translation>DNS (53)</translation>
    </message>
    <message>
        <source>Two rules: DNS answers over UDP, and over TCP for large answers.</source>
        <translation>Deux règles&#xa0;: le DNS répond en UDP, et en TCP pour les réponses volumineuses.</translation>
    </message>
    <message>
        <source>Incoming (ingress)</source>
        <extracomment>Rule direction: traffic that comes to the instances</extracomment>
        <translation>Entrant (ingress)</translation>
    </message>
    <message>
        <source>Outgoing (egress)</source>
        <extracomment>Rule direction: traffic that the instances send</extracomment>
        <translation>Sortant (egress)</translation>
    </message>
    <message>
        <source>UDP and TCP (two rules)</source>
        <extracomment>Protocol choice that adds two rules, one per protocol</extracomment>
        <translation>UDP et TCP (deux règles)</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>Protocol choice: every protocol</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Choose a protocol, or type its number from 0 to 255 (47 is GRE).</source>
        <translation>Choisissez un protocole, ou saisissez son numéro de 0 à 255 (47 correspond à GRE).</translation>
    </message>
    <message>
        <source>Empty: anywhere (0.0.0.0/0 or ::/0)</source>
        <translation>Vide&#xa0;: n’importe où (0.0.0.0/0 ou&#xa0;::/0)</translation>
    </message>
    <message>
        <source>Address block</source>
        <extracomment>Remote choice: an address block in CIDR notation</extracomment>
        <translation>Bloc d’adresses</translation>
    </message>
    <message>
        <source>Members of group</source>
        <extracomment>Remote choice: the instances that are in a security group</extracomment>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>Optional: why the rule is there</source>
        <translation>Facultatif&#xa0;: la raison d’être de la règle</translation>
    </message>
    <message>
        <source>Common:</source>
        <extracomment>Label of the preset buttons (SSH, HTTP...)</extracomment>
        <translation>Courants&#xa0;:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction&#xa0;:</translation>
    </message>
    <message>
        <source>Ethertype:</source>
        <extracomment>Label: IPv4 or IPv6</extracomment>
        <translation>Ethertype&#xa0;:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>Remote:</source>
        <extracomment>Label: where the traffic comes from (or goes to)</extracomment>
        <translation>Distant&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Ajouter la règle</translation>
    </message>
    <message>
        <source>ICMP type:</source>
        <extracomment>Label: first port of a range; for ICMP rules the ICMP type instead</extracomment>
        <translation>Type ICMP&#xa0;:</translation>
    </message>
    <message>
        <source>First port:</source>
        <translation>Premier port&#xa0;:</translation>
    </message>
    <message>
        <source>ICMP code:</source>
        <translation>Code ICMP&#xa0;:</translation>
    </message>
    <message>
        <source>Last port:</source>
        <translation>Dernier port&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: every type (8 is ping)</source>
        <translation>Vide&#xa0;: tous les types (8 pour ping)</translation>
    </message>
    <message>
        <source>Empty: every port</source>
        <translation>Vide&#xa0;: tous les ports</translation>
    </message>
    <message>
        <source>Empty: every code</source>
        <translation>Vide&#xa0;: tous les codes</translation>
    </message>
    <message>
        <source>Empty: the first port only</source>
        <translation>Vide&#xa0;: le premier port seulement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>zenith::SecurityRuleInput</name>
    <message>
        <source>“%1” is not an address block: type one like 10.12.0.0/16 (IPv4) or 2001:db8::/32 (IPv6), or leave the field empty for anywhere.</source>
        <extracomment>%1 is what the user typed in the Remote address field</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un bloc d’adresses&#xa0;: saisissez-en un comme 10.12.0.0/16 (IPv4) ou 2001:db8::/32 (IPv6), ou laissez le champ vide pour n’importe quelle adresse.</translation>
    </message>
    <message>
        <source>%1 is an IPv6 block but the rule is for IPv4: choose IPv6, or type an IPv4 block such as 10.12.0.0/16.</source>
        <translation>%1 est un bloc IPv6, mais la règle concerne IPv4&#xa0;: choisissez IPv6, ou saisissez un bloc IPv4 tel que 10.12.0.0/16.</translation>
    </message>
    <message>
        <source>%1 is an IPv4 block but the rule is for IPv6: choose IPv4, or type an IPv6 block such as 2001:db8::/32.</source>
        <translation>%1 est un bloc IPv4, mais la règle concerne IPv6&#xa0;: choisissez IPv4, ou saisissez un bloc IPv6 tel que 2001:db8::/32.</translation>
    </message>
    <message>
        <source>%1 is an address inside a block, not a block: did you mean %2?</source>
        <extracomment>%1 is what the user typed, %2 the block it lies in (e.g. 10.12.0.5/16 and 10.12.0.0/16)</extracomment>
        <translation>%1 est une adresse à l’intérieur d’un bloc, pas un bloc&#xa0;: vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>The ICMP type is a number from 0 to 255 (8 is ping&apos;s echo request), or leave it empty for every type.</source>
        <translation>Le type ICMP est un nombre de 0 à 255 (8 correspond à la requête d’écho de ping), ou laissez-le vide pour tous les types.</translation>
    </message>
    <message>
        <source>Type the ICMP type too: a code only means something for one type.</source>
        <translation>Saisissez aussi le type ICMP&#xa0;: un code n’a de sens que pour un type donné.</translation>
    </message>
    <message>
        <source>The ICMP code is a number from 0 to 255, or leave it empty for every code.</source>
        <translation>Le code ICMP est un nombre de 0 à 255, ou laissez-le vide pour tous les codes.</translation>
    </message>
    <message>
        <source>%1 has no ports: a rule for it allows all of its traffic. Clear the ports, or choose TCP or UDP.</source>
        <extracomment>%1 is a protocol name such as GRE or Any</extracomment>
        <translation>%1 n’a pas de ports&#xa0;: une règle pour ce protocole autorise tout son trafic. Videz les ports, ou choisissez TCP ou UDP.</translation>
    </message>
    <message>
        <source>Type the first port of the range too, or leave both ports empty for every port.</source>
        <translation>Saisissez aussi le premier port de la plage, ou laissez les deux ports vides pour tous les ports.</translation>
    </message>
    <message>
        <source>A port is a whole number from 1 to 65535.</source>
        <translation>Un port est un nombre entier de 1 à 65535.</translation>
    </message>
    <message>
        <source>The last port (%1) comes before the first (%2): swap them, or leave the last port empty for a single port.</source>
        <extracomment>%1 and %2 are port numbers</extracomment>
        <translation>Le dernier port (%1) précède le premier (%2)&#xa0;: inversez-les, ou laissez le dernier port vide pour un port unique.</translation>
    </message>
    <message>
        <source>“%1” is not a protocol: choose TCP, UDP, ICMP or Any, or type a protocol number from 0 to 255 (47 is GRE).</source>
        <extracomment>%1 is what the user typed as the protocol</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un protocole&#xa0;: choisissez TCP, UDP, ICMP ou Tous, ou saisissez un numéro de protocole de 0 à 255 (47 correspond à GRE).</translation>
    </message>
    <message>
        <source>Choose the group whose members the rule lets in.</source>
        <translation>Choisissez le groupe dont la règle laisse entrer les membres.</translation>
    </message>
    <message>
        <source>The description is %1 characters long: Neutron keeps 255 at most.</source>
        <translation>La description comporte %1 caractères&#xa0;: Neutron en accepte 255 au maximum.</translation>
    </message>
</context>
<context>
    <name>zenith::SecurityRuleSentence</name>
    <message>
        <source>echo reply</source>
        <extracomment>ICMP type 0</extracomment>
        <translation>réponse d’écho</translation>
    </message>
    <message>
        <source>destination unreachable</source>
        <extracomment>ICMP type 3</extracomment>
        <translation>destination inaccessible</translation>
    </message>
    <message>
        <source>echo request, ping</source>
        <extracomment>ICMP type 8: what ping sends</extracomment>
        <translation>requête d’écho, ping</translation>
    </message>
    <message>
        <source>time exceeded</source>
        <extracomment>ICMP type 11</extracomment>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>Protocol of a rule that allows every protocol</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <extracomment>An IP protocol given by its number, e.g. &quot;Protocol 47&quot; (GRE)</extracomment>
        <translation>Protocole %1</translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>ICMP rule: every ICMP type</extracomment>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>Type %1 (%2)</source>
        <extracomment>%1 is an ICMP type number, %2 its name</extracomment>
        <translation>Type %1 (%2)</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <extracomment>%1 is &quot;Type 3 (destination unreachable)&quot;, %2 an ICMP code number</extracomment>
        <translation>%1, code %2</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Port range of a TCP or UDP rule that allows every port</extracomment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Group %1</source>
        <extracomment>Remote of a rule: the members of a security group; %1 is its name</extracomment>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <extracomment>Remote of a rule: every address</extracomment>
        <translation>N’importe où</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <extracomment>Direction of a rule: traffic the instances send</extracomment>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Incoming</source>
        <extracomment>Direction of a rule: traffic coming into the instances</extracomment>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is ICMP or ICMPv6, %2 the type: &quot;ICMP type 8 (echo request, ping)&quot;
----------
%1 is a protocol, %2 a port or a range: &quot;TCP 443&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on every port</source>
        <extracomment>%1 is a protocol: &quot;TCP on every port&quot;</extracomment>
        <translation>%1 sur tous les ports</translation>
    </message>
    <message>
        <source>members of group %1</source>
        <extracomment>Where traffic comes from or goes to: the instances in a security group; %1 is its name</extracomment>
        <translation>membres du groupe %1</translation>
    </message>
    <message>
        <source>Allow all outgoing %1 traffic</source>
        <translation>Autoriser tout le trafic %1 sortant</translation>
    </message>
    <message>
        <source>Allow all outgoing %1 traffic to %2</source>
        <extracomment>%1 is IPv4 or IPv6, %2 a CIDR or &quot;members of group web&quot;</extracomment>
        <translation>Autoriser tout le trafic %1 sortant vers %2</translation>
    </message>
    <message>
        <source>Allow all incoming %1 traffic from anywhere</source>
        <translation>Autoriser tout le trafic %1 entrant depuis n’importe où</translation>
    </message>
    <message>
        <source>Allow all incoming %1 traffic from %2</source>
        <translation>Autoriser tout le trafic %1 entrant depuis %2</translation>
    </message>
    <message>
        <source>Allow %1 to anywhere</source>
        <extracomment>%1 is e.g. &quot;UDP 53&quot; or &quot;ICMP&quot;: traffic that instances send</extracomment>
        <translation>Autoriser %1 vers n’importe où</translation>
    </message>
    <message>
        <source>Allow outgoing %1 to anywhere</source>
        <translation>Autoriser %1 en sortie vers n’importe où</translation>
    </message>
    <message>
        <source>Allow %1 to %2</source>
        <extracomment>%1 is e.g. &quot;UDP 53&quot; or &quot;ICMP&quot;, %2 a CIDR or &quot;members of group web&quot;</extracomment>
        <translation>Autoriser %1 vers %2</translation>
    </message>
    <message>
        <source>Allow outgoing %1 to %2</source>
        <translation>Autoriser %1 en sortie vers %2</translation>
    </message>
    <message>
        <source>Allow %1 from anywhere</source>
        <extracomment>%1 is e.g. &quot;TCP 443&quot; or &quot;ICMP&quot;: traffic instances receive</extracomment>
        <translation>Autoriser %1 depuis n’importe où</translation>
    </message>
    <message>
        <source>Allow incoming %1 from anywhere</source>
        <translation>Autoriser %1 en entrée depuis n’importe où</translation>
    </message>
    <message>
        <source>Allow %1 from %2</source>
        <extracomment>%1 is e.g. &quot;TCP 3306&quot; or &quot;ICMP&quot;, %2 a CIDR or &quot;members of group web&quot;</extracomment>
        <translation>Autoriser %1 depuis %2</translation>
    </message>
    <message>
        <source>Allow incoming %1 from %2</source>
        <translation>Autoriser %1 en entrée depuis %2</translation>
    </message>
</context>
<context>
    <name>zenith::SignInFlow</name>
    <message>
        <source>The system keyring did not answer; please type your password.</source>
        <translation>Le trousseau système n’a pas répondu&#xa0;; veuillez saisir votre mot de passe.</translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keyring: %1</source>
        <translation>Votre mot de passe n’a pas pu être enregistré dans le trousseau système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>zenith::SnapshotsModel</name>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Volume ID: %1</source>
        <translation>ID du volume&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source volume</source>
        <extracomment>Column: the volume the snapshot was taken of</extracomment>
        <translation>Volume source</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>zenith::SnapshotsSection</name>
    <message>
        <source>The snapshots could not be listed.</source>
        <translation>Impossible de lister les instantanés.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <extracomment>Volumes pane tab: snapshots of the project&apos;s volumes</extracomment>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Volume %1 is being created: see the Volumes tab.</source>
        <translation>Le volume %1 est en cours de création&#xa0;: consultez l’onglet Volumes.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n snapshot(s)?</source>
        <translation>
            <numerusform>Supprimer %n instantané&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n instantanés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Snapshots</source>
        <translation>Supprimer les instantanés</translation>
    </message>
    <message>
        <source>Their volumes stay as they are; the copies kept in the snapshots are gone for good.</source>
        <translation>Leurs volumes restent inchangés&#xa0;; les copies conservées dans les instantanés sont définitivement perdues.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n snapshot(s).</source>
        <translation>
            <numerusform>Supprime %n instantané.</numerusform>
            <numerusform>Supprime %n instantanés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Search snapshots by name, status or volume</source>
        <translation>Chercher un instantané par nom, état ou volume</translation>
    </message>
    <message>
        <source>&amp;Create Volume…</source>
        <extracomment>Button: make a new volume holding the selected snapshot&apos;s data</extracomment>
        <translation>&amp;Créer un volume…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n instantané</numerusform>
            <numerusform>%n instantanés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Sign in to a cloud to see your volume snapshots.</source>
        <translation>Connectez-vous à un cloud pour voir vos instantanés de volume.</translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation>Chargement des instantanés…</translation>
    </message>
    <message>
        <source>This project has no volume snapshots yet.
A snapshot keeps a volume&apos;s data as it is now: take one in the Volumes tab, and make new volumes from it here.</source>
        <extracomment>The empty Snapshots tab</extracomment>
        <translation>Ce projet n’a encore aucun instantané de volume.
Un instantané conserve les données d’un volume dans leur état actuel&#xa0;: créez-en un dans l’onglet Volumes, puis créez ici de nouveaux volumes à partir de celui-ci.</translation>
    </message>
</context>
<context>
    <name>zenith::SshKeyFileIconProvider</name>
    <message>
        <source>SSH public key</source>
        <translation>Clé publique SSH</translation>
    </message>
    <message>
        <source>PuTTY private key (stays here)</source>
        <translation>Clé privée PuTTY (reste ici)</translation>
    </message>
    <message>
        <source>SSH private key (stays here)</source>
        <translation>Clé privée SSH (reste ici)</translation>
    </message>
</context>
<context>
    <name>zenith::SshKeyGenerator</name>
    <message>
        <source>its permissions could not be set to 0600 (readable by you only)</source>
        <extracomment>Shown when the generated private key could not be made readable by its owner only</extracomment>
        <translation>ses droits d’accès n’ont pas pu être fixés à 0600 (lisible par vous seul)</translation>
    </message>
</context>
<context>
    <name>zenith::SubnetDialog</name>
    <message>
        <source>e.g. lab-net</source>
        <extracomment>Placeholder of the network name field</extracomment>
        <translation>p. ex. lab-net</translation>
    </message>
    <message>
        <source>e.g. lab-subnet</source>
        <translation>p. ex. lab-subnet</translation>
    </message>
    <message>
        <source>First address</source>
        <extracomment>Gateway choice: Neutron picks the first address of the range</extracomment>
        <translation>Première adresse</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Gateway choice: the address typed next to it</extracomment>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>No gateway</source>
        <extracomment>Gateway choice: the subnet has no gateway</extracomment>
        <translation>Aucune passerelle</translation>
    </message>
    <message>
        <source>One range a line, e.g. 10.12.0.10 - 10.12.0.200. Empty: the whole range.</source>
        <extracomment>Placeholder: one allocation pool a line</extracomment>
        <translation>Une plage par ligne, p. ex. 10.12.0.10 - 10.12.0.200. Vide&#xa0;: toute la plage.</translation>
    </message>
    <message>
        <source>e.g. 1.1.1.1, 9.9.9.9</source>
        <translation>p. ex. 1.1.1.1, 9.9.9.9</translation>
    </message>
    <message>
        <source>One route a line, e.g. 192.168.0.0/24 via 10.12.0.254</source>
        <translation>Une route par ligne, p. ex. 192.168.0.0/24 via 10.12.0.254</translation>
    </message>
    <message>
        <source>Hand out addresses with DHCP</source>
        <extracomment>Checkbox: DHCP hands out addresses on the subnet</extracomment>
        <translation>Distribuer les adresses par DHCP</translation>
    </message>
    <message>
        <source>Network name:</source>
        <translation>Nom du réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Subnet name:</source>
        <translation>Nom du sous-réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Range (CIDR):</source>
        <extracomment>Form label: the subnet&apos;s address range in CIDR notation</extracomment>
        <translation>Plage (CIDR)&#xa0;:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Passerelle&#xa0;:</translation>
    </message>
    <message>
        <source>Allocation pools:</source>
        <translation>Plages d’allocation&#xa0;:</translation>
    </message>
    <message>
        <source>DNS name servers:</source>
        <translation>Serveurs de noms DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Host routes:</source>
        <translation>Routes hôtes&#xa0;:</translation>
    </message>
    <message>
        <source>Create network</source>
        <translation>Créer un réseau</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Add a subnet to “%1”</source>
        <extracomment>Dialog title: %1 is the network&apos;s name</extracomment>
        <translation>Ajouter un sous-réseau à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit subnet “%1”</source>
        <extracomment>Dialog title: %1 is the subnet&apos;s name</extracomment>
        <translation>Modifier le sous-réseau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Nothing was sent:</source>
        <extracomment>Shown above the problems of the subnet form</extracomment>
        <translation>Rien n’a été envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Not connected to a cloud.</source>
        <translation>Non connecté à un cloud.</translation>
    </message>
    <message>
        <source>Could not create the network.</source>
        <translation>Impossible de créer le réseau.</translation>
    </message>
    <message>
        <source>Could not create the subnet on “%1”.</source>
        <extracomment>%1 is the network&apos;s name</extracomment>
        <translation>Impossible de créer le sous-réseau sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Create subnet</source>
        <translation>Créer le sous-réseau</translation>
    </message>
    <message>
        <source>Could not change the subnet.</source>
        <translation>Impossible de modifier le sous-réseau.</translation>
    </message>
    <message>
        <source>Edit subnet</source>
        <translation>Modifier le sous-réseau</translation>
    </message>
</context>
<context>
    <name>zenith::SubnetForm</name>
    <message>
        <source>Give the network a name, for example lab-net.</source>
        <translation>Donnez un nom au réseau, par exemple lab-net.</translation>
    </message>
    <message>
        <source>Enter the subnet&apos;s range in CIDR notation, for example 10.12.0.0/16.</source>
        <translation>Saisissez la plage du sous-réseau en notation CIDR, par exemple 10.12.0.0/16.</translation>
    </message>
    <message>
        <source>“%1” is not a range in CIDR notation: write the first address, a slash and the prefix length, for example 10.12.0.0/16.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une plage en notation CIDR&#xa0;: écrivez la première adresse, une barre oblique et la longueur du préfixe, par exemple 10.12.0.0/16.</translation>
    </message>
    <message>
        <source>“%1” does not start its range: did you mean %2?</source>
        <extracomment>%1 is what was typed, %2 the range it denotes, e.g. 10.12.0.0/16</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas le début de sa plage&#xa0;: vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>A /%1 range leaves no address for instances: use /%2 or shorter, for example /24.</source>
        <translation>Une plage /%1 ne laisse aucune adresse pour les instances&#xa0;: utilisez /%2 ou un préfixe plus court, par exemple /24.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, the range of subnet “%3” on network “%4”: choose a range that shares no address with it.</source>
        <extracomment>%1 the new range, %2 the range it overlaps, %3 that subnet&apos;s name, %4 its network&apos;s name</extracomment>
        <translation>%1 chevauche %2, la plage du sous-réseau «&#xa0;%3&#xa0;» du réseau «&#xa0;%4&#xa0;»&#xa0;: choisissez une plage qui n’a aucune adresse en commun avec elle.</translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s address, or choose “No gateway”.</source>
        <translation>Saisissez l’adresse de la passerelle, ou choisissez «&#xa0;Aucune passerelle&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP.</translation>
    </message>
    <message>
        <source>The gateway %1 is outside %2: give an address of the subnet, for example %3.</source>
        <extracomment>%3 is an example address, the range&apos;s first usable one</extracomment>
        <translation>La passerelle %1 est en dehors de %2&#xa0;: indiquez une adresse du sous-réseau, par exemple %3.</translation>
    </message>
    <message>
        <source>%1 is the network or broadcast address of %2, which no host can use: give another address, for example %3.</source>
        <translation>%1 est l’adresse de réseau ou de diffusion de %2, qu’aucun hôte ne peut utiliser&#xa0;: indiquez une autre adresse, par exemple %3.</translation>
    </message>
    <message>
        <source>Line %1 of the allocation pools, “%2”, is not a range: write its first and last address, for example 10.12.0.10 - 10.12.0.200.</source>
        <translation>La ligne %1 des plages d’allocation, «&#xa0;%2&#xa0;», n’est pas une plage&#xa0;: écrivez sa première et sa dernière adresse, par exemple 10.12.0.10 - 10.12.0.200.</translation>
    </message>
    <message>
        <source>The pool %1 ends before it starts.</source>
        <translation>La plage %1 se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The pool %1 is not inside %2: it must lie between %3 and %4.</source>
        <extracomment>%1 the pool, %2 the subnet&apos;s range, %3 and %4 its first and last usable address</extracomment>
        <translation>La plage %1 n’est pas comprise dans %2&#xa0;: elle doit se situer entre %3 et %4.</translation>
    </message>
    <message>
        <source>The pool %1 holds the gateway %2, which Neutron would then hand to an instance: make the pool start after it or end before it.</source>
        <translation>La plage %1 contient la passerelle %2, que Neutron attribuerait alors à une instance&#xa0;: faites commencer la plage après elle ou finir avant elle.</translation>
    </message>
    <message>
        <source>The pools %1 and %2 overlap.</source>
        <translation>Les plages %1 et %2 se chevauchent.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address: DNS name servers are given by address, for example 1.1.1.1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP&#xa0;: les serveurs de noms DNS s’indiquent par leur adresse, par exemple 1.1.1.1.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the DNS name servers.</source>
        <translation>%1 figure deux fois parmi les serveurs de noms DNS.</translation>
    </message>
    <message>
        <source>A subnet takes at most %1 DNS name servers.</source>
        <translation>Un sous-réseau accepte au plus %1 serveurs de noms DNS.</translation>
    </message>
    <message>
        <source>Line %1 of the host routes, “%2”, is not a route: write the destination range and the next hop, for example 192.168.0.0/24 via 10.12.0.254.</source>
        <translation>La ligne %1 des routes hôtes, «&#xa0;%2&#xa0;», n’est pas une route&#xa0;: écrivez la plage de destination et le prochain saut, par exemple 192.168.0.0/24 via 10.12.0.254.</translation>
    </message>
</context>
<context>
    <name>zenith::SubnetsModel</name>
    <message>
        <source>None</source>
        <extracomment>Subnets table: the subnet has no gateway</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Subnets table: DHCP on or off</extracomment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <extracomment>A host route: destination range, then the next hop, e.g. &quot;192.168.0.0/24 via 10.12.0.254&quot;</extracomment>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Range (CIDR)</source>
        <extracomment>Column: the subnet&apos;s range, e.g. 10.12.0.0/16</extracomment>
        <translation>Plage (CIDR)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Allocation pools</source>
        <extracomment>Column: the address ranges Neutron hands out to ports</extracomment>
        <translation>Plages d’allocation</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <source>Host routes</source>
        <translation>Routes hôtes</translation>
    </message>
</context>
<context>
    <name>zenith::TableSection</name>
    <message>
        <source>Sign in to a cloud to see this list.</source>
        <translation>Connectez-vous à un cloud pour voir cette liste.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>zenith::TopologyLayout</name>
    <message>
        <source>external gateway</source>
        <translation>passerelle externe</translation>
    </message>
    <message>
        <source>gateway of %1</source>
        <extracomment>A badge on a port&apos;s link in the topology diagram: the port holds this subnet&apos;s gateway IP.</extracomment>
        <translation>passerelle de %1</translation>
    </message>
    <message>
        <source>port security off</source>
        <translation>sécurité du port désactivée</translation>
    </message>
    <message>
        <source>allowed %1</source>
        <extracomment>A badge: the port&apos;s allowed address pairs (addresses it may send from), e.g. &quot;allowed 0.0.0.0/0&quot;.</extracomment>
        <translation>autorisé %1</translation>
    </message>
    <message>
        <source>floating %1</source>
        <extracomment>A badge: the public floating IP mapped to this port.</extracomment>
        <translation>IP flottante %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <extracomment>A port&apos;s Neutron status (DOWN, BUILD), kept in English as the API says it.</extracomment>
        <translation>port %1</translation>
    </message>
    <message>
        <source> (external, shared)</source>
        <extracomment>Follows a network&apos;s name in the topology diagram.</extracomment>
        <translation> (externe, partagé)</translation>
    </message>
    <message>
        <source> (external)</source>
        <translation> (externe)</translation>
    </message>
    <message>
        <source> (shared)</source>
        <translation> (partagé)</translation>
    </message>
    <message>
        <source>%1 · no gateway</source>
        <translation>%1 · sans passerelle</translation>
    </message>
    <message>
        <source>%1 · gateway %2</source>
        <translation>%1 · passerelle %2</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not listed for this project: known only from a port or a router.</source>
        <translation>Absent de la liste de ce projet&#xa0;: connu uniquement par un port ou un routeur.</translation>
    </message>
    <message>
        <source>router</source>
        <translation>routeur</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>free port</source>
        <extracomment>A port that no instance or router uses, in the topology diagram.</extracomment>
        <translation>port libre</translation>
    </message>
    <message>
        <source>device</source>
        <translation>équipement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>&quot;instance · ACTIVE&quot;: what a box is, then its status as the API says it.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>In a tooltip: a port&apos;s addresses on a network (&quot;lab-net: 10.12.0.1&quot;).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Double-click to open it.</source>
        <translation>Double-cliquez pour l’ouvrir.</translation>
    </message>
    <message>
        <source>External gateway of the router (source NAT for its subnets)</source>
        <translation>Passerelle externe du routeur (NAT source pour ses sous-réseaux)</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adresses&#xa0;: %1</translation>
    </message>
    <message>
        <source>MAC: %1</source>
        <translation>MAC&#xa0;: %1</translation>
    </message>
    <message>
        <source>Holds the gateway IP of %1: the subnet&apos;s traffic to other networks leaves through this port.</source>
        <translation>Détient l’IP de passerelle de %1&#xa0;: le trafic du sous-réseau vers d’autres réseaux sort par ce port.</translation>
    </message>
    <message>
        <source>Port security off: no anti-spoofing and no security groups on this port.</source>
        <translation>Sécurité du port désactivée&#xa0;: ni anti-usurpation ni groupes de sécurité sur ce port.</translation>
    </message>
    <message>
        <source>Allowed address pairs: %1 (the port may send from these addresses, as a NAT gateway does).</source>
        <translation>Paires d’adresses autorisées&#xa0;: %1 (le port peut émettre depuis ces adresses, comme le fait une passerelle NAT).</translation>
    </message>
    <message>
        <source>Floating IP %1 maps to this port.</source>
        <translation>L’IP flottante %1 est associée à ce port.</translation>
    </message>
    <message>
        <source>Double-click to open the port.</source>
        <translation>Double-cliquez pour ouvrir le port.</translation>
    </message>
    <message>
        <source>External network (router:external)</source>
        <translation>Réseau externe (router:external)</translation>
    </message>
    <message>
        <source>Network, with its subnets: range · gateway</source>
        <translation>Réseau, avec ses sous-réseaux&#xa0;: plage · passerelle</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Port without a device</source>
        <translation>Port sans équipement</translation>
    </message>
    <message>
        <source>Device that is not an instance or router of the project</source>
        <translation>Équipement qui n’est ni une instance ni un routeur du projet</translation>
    </message>
    <message>
        <source>Port, with its fixed IPs</source>
        <translation>Port, avec ses IP fixes</translation>
    </message>
    <message>
        <source>Port holding its subnet&apos;s gateway IP</source>
        <translation>Port détenant l’IP de passerelle de son sous-réseau</translation>
    </message>
    <message>
        <source>Port not active</source>
        <translation>Port inactif</translation>
    </message>
    <message>
        <source>Gateway of: the subnet&apos;s traffic leaves through this port</source>
        <translation>Passerelle de&#xa0;: le trafic du sous-réseau sort par ce port</translation>
    </message>
    <message>
        <source>Port security off: no anti-spoofing, no security groups</source>
        <translation>Sécurité du port désactivée&#xa0;: ni anti-usurpation, ni groupes de sécurité</translation>
    </message>
    <message>
        <source>Allowed address pairs: may send from other addresses (NAT)</source>
        <translation>Paires d’adresses autorisées&#xa0;: peut émettre depuis d’autres adresses (NAT)</translation>
    </message>
    <message>
        <source>Floating IP: a public address mapped to the port</source>
        <translation>IP flottante&#xa0;: une adresse publique associée au port</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>zenith::TopologySection</name>
    <message>
        <source>Topology</source>
        <extracomment>The tab with the diagram of networks, routers and instances.</extracomment>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>Zooms the diagram so that all of it shows.</extracomment>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n router(s)</source>
        <translation>
            <numerusform>%n routeur</numerusform>
            <numerusform>%n routeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Could not draw the topology.</source>
        <translation>Impossible de dessiner la topologie.</translation>
    </message>
    <message>
        <source>Loading the networks, routers, ports and instances…</source>
        <translation>Chargement des réseaux, routeurs, ports et instances…</translation>
    </message>
    <message>
        <source>No networks yet.</source>
        <translation>Aucun réseau pour l’instant.</translation>
    </message>
    <message>
        <source>Could not list the resources of the diagram. %1</source>
        <translation>Impossible de lister les ressources du diagramme. %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the Diagram as SVG</source>
        <translation>Exporter le diagramme en SVG</translation>
    </message>
    <message>
        <source>Export the Diagram as PNG</source>
        <translation>Exporter le diagramme en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Diagram saved to %1.</source>
        <translation>Diagramme enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>zenith::TopologyView</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
</context>
<context>
    <name>zenith::VolumeActions</name>
    <message>
        <source>automatic, e.g. /dev/vdb</source>
        <extracomment>Placeholder of the optional device field of the attach dialog</extracomment>
        <translation>automatique, p. ex. /dev/vdb</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device (optional):</source>
        <translation>&amp;Périphérique (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>This project has no instances to attach the volume to.</source>
        <translation>Ce projet n’a aucune instance à laquelle attacher le volume.</translation>
    </message>
    <message>
        <source>The volume appears as a new disk in the instance; format and mount it there the first time.</source>
        <translation>Le volume apparaît comme un nouveau disque dans l’instance&#xa0;; la première fois, formatez-le et montez-le depuis l’instance.</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <extracomment>%1 is a volume name</extracomment>
        <translation>Attacher %1</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attacher</translation>
    </message>
    <message>
        <source>Attaches %1 to the instance %2.</source>
        <translation>Attache %1 à l’instance %2.</translation>
    </message>
    <message>
        <source>%1 could not be attached.</source>
        <translation>Impossible d’attacher %1.</translation>
    </message>
    <message>
        <source>Detaches %1 from the instance %2.</source>
        <translation>Détache %1 de l’instance %2.</translation>
    </message>
    <message>
        <source>%1 could not be detached.</source>
        <translation>Impossible de détacher %1.</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <source>Current size:</source>
        <translation>Taille actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation>&amp;Nouvelle taille&#xa0;:</translation>
    </message>
    <message>
        <source>The volume is attached: Cinder grows it while the instance runs (microversion 3.42; a cloud whose storage cannot do that refuses, then detach it first). The openstack command needs --os-volume-api-version 3.42 for this. Grow the file system inside the instance afterwards, e.g. with resize2fs.</source>
        <translation>Le volume est attaché&#xa0;: Cinder l’agrandit pendant que l’instance tourne (microversion 3.42&#xa0;; un cloud dont le stockage ne le permet pas refuse, détachez-le alors d’abord). Pour cela, la commande openstack nécessite --os-volume-api-version 3.42. Agrandissez ensuite le système de fichiers dans l’instance, par exemple avec resize2fs.</translation>
    </message>
    <message>
        <source>A volume can grow, never shrink. Grow its file system after the next attach, e.g. with resize2fs.</source>
        <translation>Un volume peut être agrandi, jamais réduit. Agrandissez son système de fichiers après le prochain attachement, par exemple avec resize2fs.</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>Étendre %1</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Étendre</translation>
    </message>
    <message numerus="yes">
        <source>Extends %1 to %n GiB.</source>
        <translation>
            <numerusform>Étend %1 à %n Gio.</numerusform>
            <numerusform>Étend %1 à %n Gio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be extended.</source>
        <translation>Impossible d’étendre %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Warning: the volume is attached and in use, so the snapshot is taken with --force: data the instance has not written to disk yet is missing from it. Stop the instance or unmount the volume first for a consistent copy.</source>
        <translation>Attention&#xa0;: le volume est attaché et en cours d’utilisation, l’instantané est donc pris avec --force&#xa0;: les données que l’instance n’a pas encore écrites sur le disque n’y figurent pas. Arrêtez l’instance ou démontez d’abord le volume pour obtenir une copie cohérente.</translation>
    </message>
    <message>
        <source>A snapshot keeps the volume&apos;s data as it is now; create a volume from it to get the data back.</source>
        <translation>Un instantané conserve les données du volume dans leur état actuel&#xa0;; créez un volume à partir de cet instantané pour récupérer les données.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantané de %1</translation>
    </message>
    <message>
        <source>Create Snapshot</source>
        <translation>Créer un instantané</translation>
    </message>
    <message>
        <source>Takes a snapshot of %1.</source>
        <translation>Crée un instantané de %1.</translation>
    </message>
    <message>
        <source>No snapshot of %1 could be taken.</source>
        <translation>Impossible de créer un instantané de %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 is being created: see the Snapshots tab.</source>
        <translation>L’instantané %1 est en cours de création&#xa0;: consultez l’onglet Instantanés.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Delete the volume %1 and all its data?</source>
        <translation>Supprimer le volume %1 et toutes ses données&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n volumes and all their data?</source>
        <translation>
            <numerusform>Supprimer %n volume et toutes ses données&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n volumes et toutes leurs données&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Volumes</source>
        <translation>Supprimer des volumes</translation>
    </message>
    <message>
        <source>This cannot be undone: the data is gone for good.</source>
        <translation>Cette action est irréversible&#xa0;: les données seront définitivement perdues.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n volume(s).</source>
        <translation>
            <numerusform>Supprime %n volume.</numerusform>
            <numerusform>Supprime %n volumes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>zenith::VolumeCreateDialog</name>
    <message>
        <source>Create Volume</source>
        <translation>Créer un volume</translation>
    </message>
    <message>
        <source>e.g. db-data</source>
        <extracomment>Placeholder of the volume name field</extracomment>
        <translation>p. ex. db-data</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Suffix of the size field: gibibytes</extracomment>
        <translation> Gio</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Volume type choice: let Cinder use the cloud&apos;s default type
----------
Availability zone choice: let Cinder choose</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Empty volume</source>
        <extracomment>Source of a new volume: nothing on it</extracomment>
        <translation>Volume vide</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Source of a new volume: a copy of a Glance image (bootable)</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <extracomment>Source of a new volume: restore a snapshot</extracomment>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Tai&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Form label: the volume type (storage class)</extracomment>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>&amp;Zone de disponibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Button of the create volume dialog</extracomment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>The images could not be listed.</source>
        <translation>Impossible de lister les images.</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>Sna&amp;pshot:</source>
        <translation>Inst&amp;antané&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n GiB for this image. The volume will be bootable.</source>
        <translation>
            <numerusform>Au moins %n Gio pour cette image. Le volume sera amorçable.</numerusform>
            <numerusform>Au moins %n Gio pour cette image. Le volume sera amorçable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n GiB: the size of the snapshot.</source>
        <translation>
            <numerusform>Au moins %n Gio&#xa0;: la taille de l’instantané.</numerusform>
            <numerusform>Au moins %n Gio&#xa0;: la taille de l’instantané.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes are in GiB (1 GiB = 1024 MiB); the quota counts every GiB.</source>
        <translation>Les tailles sont en Gio (1 Gio = 1024 Mio)&#xa0;; le quota compte chaque Gio.</translation>
    </message>
    <message>
        <source>Creating the volume…</source>
        <translation>Création du volume…</translation>
    </message>
    <message>
        <source>Cinder refused to create the volume.</source>
        <translation>Cinder a refusé de créer le volume.</translation>
    </message>
    <message>
        <source>Creates the volume %1.</source>
        <extracomment>%1 is a volume name</extracomment>
        <translation>Crée le volume %1.</translation>
    </message>
</context>
<context>
    <name>zenith::VolumeCreateForm</name>
    <message>
        <source>Give the volume a name: you will pick it by name when you attach it, and the openstack command refers to it by name.</source>
        <translation>Donnez un nom au volume&#xa0;: vous le choisirez par son nom pour l’attacher, et la commande openstack le désigne par son nom.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; Cinder accepts at most %2.</source>
        <translation>Le nom comporte %1 caractères&#xa0;; Cinder en accepte %2 au maximum.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space: remove it, it is easy to miss when typing the name in a command.</source>
        <translation>Le nom commence ou se termine par un espace&#xa0;: supprimez-le, il passe facilement inaperçu quand on tape le nom dans une commande.</translation>
    </message>
    <message>
        <source>Choose the image to copy onto the volume.</source>
        <translation>Choisissez l’image à copier sur le volume.</translation>
    </message>
    <message>
        <source>The image %1 cannot be copied yet: its status is %2, not active.</source>
        <extracomment>%1 is an image name, %2 its Glance status (e.g. queued)</extracomment>
        <translation>L’image %1 ne peut pas encore être copiée&#xa0;: son état est %2, et non active.</translation>
    </message>
    <message>
        <source>Choose the snapshot to restore into the new volume.</source>
        <translation>Choisissez l’instantané à restaurer dans le nouveau volume.</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be restored yet: its status is %2, not available.</source>
        <extracomment>%1 is a snapshot name, %2 its status (e.g. creating)</extracomment>
        <translation>L’instantané %1 ne peut pas encore être restauré&#xa0;: son état est %2, et non available.</translation>
    </message>
    <message>
        <source>The size must be at least 1 GiB.</source>
        <translation>La taille doit être d’au moins 1 Gio.</translation>
    </message>
    <message numerus="yes">
        <source>The image %1 needs a volume of at least %n GiB.</source>
        <extracomment>%1 is an image name</extracomment>
        <translation>
            <numerusform>L’image %1 nécessite un volume d’au moins %n Gio.</numerusform>
            <numerusform>L’image %1 nécessite un volume d’au moins %n Gio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The snapshot %1 was taken of a %n GiB volume: the new volume must be at least as large.</source>
        <extracomment>%1 is a snapshot name</extracomment>
        <translation>
            <numerusform>L’instantané %1 a été pris sur un volume de %n Gio&#xa0;: le nouveau volume doit être au moins aussi grand.</numerusform>
            <numerusform>L’instantané %1 a été pris sur un volume de %n Gio&#xa0;: le nouveau volume doit être au moins aussi grand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::VolumeRules</name>
    <message>
        <source>%1 is already attached: detach it first (a volume is used by one instance at a time).</source>
        <extracomment>%1 is a volume name</extracomment>
        <translation>%1 est déjà attaché&#xa0;: détachez-le d’abord (un volume n’est utilisé que par une seule instance à la fois).</translation>
    </message>
    <message>
        <source>%1 is %2: it can be attached once it is available.</source>
        <extracomment>%1 is a volume name, %2 its Cinder status (e.g. creating)</extracomment>
        <translation>%1 est à l’état %2&#xa0;: vous pourrez l’attacher une fois qu’il sera disponible.</translation>
    </message>
    <message>
        <source>%1 is not attached to any instance.</source>
        <translation>%1 n’est attaché à aucune instance.</translation>
    </message>
    <message>
        <source>%1 is %2: wait until it is in-use to detach it.</source>
        <translation>%1 est à l’état %2&#xa0;: attendez qu’il soit à l’état in-use pour le détacher.</translation>
    </message>
    <message>
        <source>%1 is attached, and this cloud only extends detached volumes: detach it, extend it, then attach it again.</source>
        <translation>%1 est attaché, et ce cloud n’étend que les volumes détachés&#xa0;: détachez-le, étendez-le, puis attachez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is %2: it can be extended once it is available.</source>
        <translation>%1 est à l’état %2&#xa0;: vous pourrez l’étendre une fois qu’il sera disponible.</translation>
    </message>
    <message numerus="yes">
        <source>The new size must be larger than the current %n GiB: Cinder can grow a volume, never shrink it.</source>
        <translation>
            <numerusform>La nouvelle taille doit dépasser la taille actuelle de %n Gio&#xa0;: Cinder peut agrandir un volume, jamais le réduire.</numerusform>
            <numerusform>La nouvelle taille doit dépasser la taille actuelle de %n Gio&#xa0;: Cinder peut agrandir un volume, jamais le réduire.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: it can be snapshotted once it is available or in use.</source>
        <translation>%1 est à l’état %2&#xa0;: vous pourrez en créer un instantané une fois qu’il sera disponible ou en cours d’utilisation.</translation>
    </message>
    <message>
        <source>%1 is attached to the instance %2: detach it first.</source>
        <extracomment>%1 is a volume name, %2 an instance name</extracomment>
        <translation>%1 est attaché à l’instance %2&#xa0;: détachez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 is attached to an instance: detach it first.</source>
        <translation>%1 est attaché à une instance&#xa0;: détachez-le d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n snapshot(s): delete them first (Snapshots tab), or keep the volume.</source>
        <translation>
            <numerusform>%1 a %n instantané&#xa0;: supprimez-le d’abord (onglet Instantanés), ou conservez le volume.</numerusform>
            <numerusform>%1 a %n instantanés&#xa0;: supprimez-les d’abord (onglet Instantanés), ou conservez le volume.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: it can be deleted once that is over.</source>
        <translation>%1 est à l’état %2&#xa0;: vous pourrez le supprimer une fois l’opération terminée.</translation>
    </message>
    <message>
        <source>Cinder refuses to delete a volume that is attached to an instance, has snapshots, or is busy (being created, attached, extended...). Detach it and delete its snapshots first.</source>
        <translation>Cinder refuse de supprimer un volume attaché à une instance, qui a des instantanés ou qui est occupé (en cours de création, d’attachement, d’extension...). Détachez-le et supprimez d’abord ses instantanés.</translation>
    </message>
    <message>
        <source>Cinder refuses to snapshot an attached volume unless forced.</source>
        <translation>Cinder refuse de créer un instantané d’un volume attaché, sauf en forçant l’opération.</translation>
    </message>
    <message>
        <source>Cinder can grow a volume, never shrink it: the new size must be larger than the current one.</source>
        <translation>Cinder peut agrandir un volume, jamais le réduire&#xa0;: la nouvelle taille doit être supérieure à la taille actuelle.</translation>
    </message>
    <message>
        <source>This cloud refuses to extend an attached volume: detach it, extend it, then attach it again.</source>
        <translation>Ce cloud refuse d’étendre un volume attaché&#xa0;: détachez-le, étendez-le, puis attachez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>zenith::VolumeStatus</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>In use</source>
        <extracomment>Volume status: attached to an instance</extracomment>
        <translation>En cours d’utilisation</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Création en cours</translation>
    </message>
    <message>
        <source>Attaching</source>
        <translation>Attachement en cours</translation>
    </message>
    <message>
        <source>Detaching</source>
        <translation>Détachement en cours</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Extension en cours</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression en cours</translation>
    </message>
    <message>
        <source>Copying image</source>
        <extracomment>Volume status: an image is being copied onto it</extracomment>
        <translation>Copie de l’image</translation>
    </message>
    <message>
        <source>Uploading to image</source>
        <extracomment>Volume status: being copied into an image</extracomment>
        <translation>Copie vers une image</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Restoring backup</source>
        <translation>Restauration de sauvegarde</translation>
    </message>
    <message>
        <source>Reserved</source>
        <extracomment>Volume status: held for an attachment about to start</extracomment>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error (extending)</source>
        <translation>Erreur (extension)</translation>
    </message>
    <message>
        <source>Error (deleting)</source>
        <translation>Erreur (suppression)</translation>
    </message>
    <message>
        <source>Error (restoring)</source>
        <translation>Erreur (restauration)</translation>
    </message>
</context>
<context>
    <name>zenith::VolumesModel</name>
    <message>
        <source>%1 GiB</source>
        <extracomment>A volume&apos;s size in gibibytes</extracomment>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non attaché</translation>
    </message>
    <message>
        <source>Attached to %1 as %2</source>
        <extracomment>Tooltip line: %1 an instance name, %2 a device like /dev/vdb</extracomment>
        <translation>Attaché à %1 en tant que %2</translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation>un périphérique inconnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: the volume type (storage class)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bootable</source>
        <extracomment>Column: whether an instance can boot from the volume</extracomment>
        <translation>Amorçable</translation>
    </message>
    <message>
        <source>Attached to</source>
        <extracomment>Column: the instance (and device) the volume is attached to</extracomment>
        <translation>Attaché à</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Zone de disponibilité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>zenith::VolumesSection</name>
    <message>
        <source>Volumes</source>
        <extracomment>Volumes pane tab: the project&apos;s block storage volumes</extracomment>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Search volumes by name, status, type or instance</source>
        <translation>Rechercher des volumes par nom, état, type ou instance</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>Create an empty volume, or one from an image or a snapshot</source>
        <translation>Créer un volume vide, ou à partir d’une image ou d’un instantané</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Attacher…</translation>
    </message>
    <message>
        <source>Attach the selected volume to an instance, as a new disk</source>
        <translation>Attacher le volume sélectionné à une instance, comme nouveau disque</translation>
    </message>
    <message>
        <source>De&amp;tach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Detach the selected volume from its instance; its data stays on it</source>
        <translation>Détacher le volume sélectionné de son instance&#xa0;; ses données y restent</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>É&amp;tendre…</translation>
    </message>
    <message>
        <source>Grow the selected volume</source>
        <translation>Agrandir le volume sélectionné</translation>
    </message>
    <message>
        <source>&amp;Snapshot…</source>
        <extracomment>Button: take a snapshot of the selected volume</extracomment>
        <translation>&amp;Instantané…</translation>
    </message>
    <message>
        <source>Keep a copy of the selected volume&apos;s data as it is now</source>
        <translation>Conserver une copie des données du volume sélectionné dans leur état actuel</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <extracomment>Count next to the search box; or &quot;%1 of %2&quot; when it filters</extracomment>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Sign in to a cloud to see your volumes.</source>
        <translation>Connectez-vous à un cloud pour voir vos volumes.</translation>
    </message>
    <message>
        <source>Loading volumes…</source>
        <translation>Chargement des volumes…</translation>
    </message>
    <message>
        <source>This project has no volumes yet.
A volume is a disk that outlives instances: create one, attach it to an instance, and keep your data on it.</source>
        <translation>Ce projet n’a encore aucun volume.
Un volume est un disque qui survit aux instances&#xa0;: créez-en un, attachez-le à une instance et conservez-y vos données.</translation>
    </message>
    <message>
        <source>Select a volume to see its attachments.</source>
        <translation>Sélectionnez un volume pour voir ses attachements.</translation>
    </message>
    <message numerus="yes">
        <source>%n volumes selected.</source>
        <translation>
            <numerusform>%n volume sélectionné.</numerusform>
            <numerusform>%n volumes sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 GiB, ID %4</source>
        <extracomment>Details line: %1 a volume name, %2 its status, %3 its size</extracomment>
        <translation>%1&#xa0;: %2, %3 Gio, ID %4</translation>
    </message>
    <message>
        <source>Not attached to any instance.</source>
        <translation>N’est attaché à aucune instance.</translation>
    </message>
    <message>
        <source>Attached to %1 as %2 since %3</source>
        <translation>Attaché à %1 en tant que %2 depuis %3</translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation>un périphérique inconnu</translation>
    </message>
    <message>
        <source>Made from the image %1.</source>
        <translation>Créé à partir de l’image %1.</translation>
    </message>
    <message>
        <source>The volumes could not be listed.</source>
        <translation>Impossible de lister les volumes.</translation>
    </message>
    <message>
        <source>Create a Volume…</source>
        <extracomment>Button in the empty Volumes tab</extracomment>
        <translation>Créer un volume…</translation>
    </message>
</context>
<context>
    <name>zenith::WelcomePage</name>
    <message>
        <source>Welcome to Zenith</source>
        <translation>Bienvenue dans Zenith</translation>
    </message>
    <message>
        <source>Zenith manages the instances, networks, volumes and DNS records of an OpenStack cloud. No cloud is configured yet: tell Zenith which one to use.</source>
        <translation>Zenith gère les instances, réseaux, volumes et enregistrements DNS d’un cloud OpenStack. Aucun cloud n’est encore configuré&#xa0;: indiquez à Zenith lequel utiliser.</translation>
    </message>
    <message>
        <source>Where Zenith looks for clouds</source>
        <translation>Où Zenith cherche les clouds</translation>
    </message>
    <message>
        <source>Zenith reads the first clouds.yaml it finds in these places:</source>
        <translation>Zenith lit le premier fichier clouds.yaml trouvé dans ces emplacements&#xa0;:</translation>
    </message>
    <message>
        <source>It also reads the OS_* environment variables that an openrc file sets, and the file named by OS_CLIENT_CONFIG_FILE if you set it.</source>
        <translation>Il lit aussi les variables d’environnement OS_* définies par un fichier openrc, ainsi que le fichier indiqué par OS_CLIENT_CONFIG_FILE si vous avez défini cette variable.</translation>
    </message>
    <message>
        <source>Open clouds.yaml…</source>
        <translation>Ouvrir clouds.yaml…</translation>
    </message>
    <message>
        <source>Your OpenStack provider gives you an openrc file: in the Horizon dashboard, it is under API Access › Download OpenStack RC File.</source>
        <translation>Votre fournisseur OpenStack vous remet un fichier openrc&#xa0;: dans le tableau de bord Horizon, il se trouve sous Accès API › Télécharger le fichier RC OpenStack.</translation>
    </message>
    <message>
        <source>Import openrc File…</source>
        <translation>Importer un fichier openrc…</translation>
    </message>
    <message>
        <source>Use the Demo Cloud</source>
        <translation>Utiliser le cloud de démonstration</translation>
    </message>
</context>
</TS>
