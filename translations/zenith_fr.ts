<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
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
        <translation>Port d&apos;écoute (par défaut : n&apos;importe lequel).</translation>
    </message>
    <message>
        <source>How much faster than real time resources change state.</source>
        <translation>Combien de fois plus vite que le temps réel les ressources changent d&apos;état.</translation>
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
        <translation>Enregistrez ce qui suit sous le nom clouds.yaml, puis : openstack --os-cloud demo server list</translation>
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
        <translation>Répondre 503 à cette part des requêtes d&apos;un service (panne simulée), par ex. compute=0.1 ; peut être répété.</translation>
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
        <translation>--error-rate attend service=part, la part entre 0 et 1 : %1</translation>
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
        <translation>Labo</translation>
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
        <translation>Certains clouds n’ont pas pu être lus et ne sont pas affichés :</translation>
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
        <translation>Un OpenStack simulé qui tourne dans Zenith sur cet ordinateur : rien de ce qui est fait ici n&apos;atteint un vrai cloud.</translation>
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
        <translation>Construisez un labo complet en quelques étapes&#xa0;: réseaux, instances et enregistrements DNS sont créés ensemble, et supprimés ensemble quand vous avez terminé.</translation>
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
        <translation>Arrête les instances ; leurs disques et adresses sont conservés.</translation>
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
        <translation>Supprime les instances et leurs disques racine ; les volumes attachés sont conservés.</translation>
    </message>
    <message>
        <source>Snapshots and stops instances, freeing their hosts; unshelve brings them back.</source>
        <translation>Crée un instantané des instances et les arrête, libérant leurs hôtes ; « Sortir de la remise » les rétablit.</translation>
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
        <translation>Fait passer l’instance à un autre gabarit ; confirmez ou annulez ensuite.</translation>
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
        <translation>Détache un volume ; ses données sont conservées.</translation>
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
        <translation>%1 est en erreur :</translation>
    </message>
    <message>
        <source>These instances are in error:</source>
        <translation>Ces instances sont en erreur :</translation>
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
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>This cannot be undone. Attached volumes are detached and kept.</source>
        <translation>Cette action est irréversible. Les volumes attachés sont détachés et conservés.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)?</source>
        <translation>
            <numerusform>Supprimer %n instance ?</numerusform>
            <numerusform>Supprimer %n instances ?</numerusform>
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
        <translation>Nom de l’image créée à partir de %1 :</translation>
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
        <translation>Nova enregistre %1 sous forme d’image « %2 » ; elle apparaîtra dans Images une fois téléversée.</translation>
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
        <translation>Nouveau gabarit pour %1 (actuellement %2). L’instance redémarre ; confirmez ou annulez ensuite le redimensionnement.</translation>
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
        <translation>Le cloud n’a renvoyé aucune URL de console pour %1 : sa console noVNC est peut-être désactivée.</translation>
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
        <translation>Port %1 (%2 : %3)</translation>
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
        <translation>Connecter %1 à un réseau (nouveau port) ou à un port existant :</translation>
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
        <translation>%1 : %2 (%3)</translation>
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
        <translation>Déconnecter cette interface de %1 :</translation>
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
        <translation>Aucun volume disponible à attacher à %1 : créez-en un dans Volumes.</translation>
    </message>
    <message>
        <source>Attach volume</source>
        <translation>Attacher un volume</translation>
    </message>
    <message>
        <source>Attach this volume to %1:</source>
        <translation>Attacher ce volume à %1 :</translation>
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
        <translation>Détacher ce volume de %1 (démontez-le d’abord dans le système invité) :</translation>
    </message>
    <message>
        <source>Could not detach %1 from %2.</source>
        <translation>Impossible de détacher %1 de %2.</translation>
    </message>
    <message>
        <source>Detaches a volume; its data is kept.</source>
        <translation>Détache un volume ; ses données sont conservées.</translation>
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
        <translation>Adresse publique pour %1 :</translation>
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
        <translation>IP flottante à retirer de %1 :</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Release %1 from %2?</source>
        <translation>Libérer %1 de %2 ?</translation>
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
        <translation>Retire une adresse publique de l’instance ; le projet la conserve.</translation>
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
        <translation>&amp;Lignes :</translation>
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
        <translation>Chercher dans le journal (Entrée : occurrence suivante)</translation>
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
        <translation>Paires d&apos;adresses autorisées</translation>
    </message>
    <message>
        <source>This instance has no network interface.</source>
        <translation>Cette instance n&apos;a aucune interface réseau.</translation>
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
        <translation>Aucun volume n&apos;est attaché à cette instance.</translation>
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
        <translation>Cette instance n&apos;existe plus : elle a été supprimée.</translation>
    </message>
    <message>
        <source>The instance&apos;s interfaces could not be listed.</source>
        <translation>Impossible d&apos;obtenir la liste des interfaces de l&apos;instance.</translation>
    </message>
    <message>
        <source>The instance&apos;s volumes could not be listed.</source>
        <translation>Impossible d&apos;obtenir la liste des volumes de l&apos;instance.</translation>
    </message>
    <message>
        <source>The instance&apos;s console log could not be read.</source>
        <translation>Impossible de lire le journal de la console de l&apos;instance.</translation>
    </message>
    <message>
        <source>The instance&apos;s action log could not be read.</source>
        <translation>Impossible de lire le journal des actions de l&apos;instance.</translation>
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
        <translation>Étiquettes : aucune</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
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
        <translation>Cette instance n&apos;a aucune métadonnée.</translation>
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
        <translation>Nom :</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Flavor:</source>
        <translation>Gabarit :</translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation>Paire de clés :</translation>
    </message>
    <message>
        <source>Availability zone:</source>
        <translation>Zone de disponibilité :</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>Groupes de sécurité :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée le :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour le :</translation>
    </message>
    <message>
        <source>Host ID:</source>
        <extracomment>Nova&apos;s hostId: the compute host hashed per project; equal values mean the same host</extracomment>
        <translation>ID de l&apos;hôte :</translation>
    </message>
    <message>
        <source>Locked:</source>
        <extracomment>whether the instance is locked against actions</extracomment>
        <translation>Verrouillée :</translation>
    </message>
    <message>
        <source>Config drive:</source>
        <translation>Lecteur de configuration :</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vCPU(s), %2 RAM, %3 GiB disk</source>
        <extracomment>an instance&apos;s flavor: its name, then vCPUs, RAM and root disk, e.g. &quot;d2-2: 1 vCPU, 2 GiB RAM, 25 GiB disk&quot;</extracomment>
        <translation>
            <numerusform>%1 : %n vCPU, %2 de RAM, disque de %3 Gio</numerusform>
            <numerusform>%1 : %n vCPU, %2 de RAM, disque de %3 Gio</numerusform>
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
        <translation>Cette instance n&apos;existe plus : elle a été supprimée.</translation>
    </message>
    <message>
        <source>Nova reports a fault (code %2): %1</source>
        <extracomment>%1: Nova&apos;s fault message, e.g. &quot;No valid host was found.&quot;; %2: its code, e.g. 500</extracomment>
        <translation>Nova signale une erreur (code %2) : %1</translation>
    </message>
    <message>
        <source>The Action log tab gives the request ID to quote when asking for help.</source>
        <translation>L&apos;onglet Journal des actions indique l&apos;identifiant de requête à citer lorsque vous demandez de l&apos;aide.</translation>
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
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
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
        <translation>Zenith exécute ssh-keygen pour créer une nouvelle clé Ed25519 sur cet ordinateur. La clé privée est enregistrée à l&apos;emplacement de votre choix, sans phrase de passe et lisible par vous seul (mode 0600) ; elle ne quitte jamais cet ordinateur. Seule la clé publique est envoyée.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <extracomment>Form label: the file the new private key is written to</extracomment>
        <translation>Clé &amp;privée :</translation>
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
        <translation>Clé publique : %1</translation>
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
        <translation>ssh-keygen est introuvable sur cet ordinateur : aucune clé ne peut donc être créée ici. Installez le paquet openssh-client (sous Debian ou Ubuntu : sudo apt install openssh-client) puis réessayez, ou importez une clé publique que vous possédez déjà.</translation>
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
        <translation>Connectez-vous d&apos;abord à un cloud.</translation>
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
        <translation>Remplacer la clé existante ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new key?</source>
        <translation>%1 existe déjà. Le remplacer par la nouvelle clé ?</translation>
    </message>
    <message>
        <source>The key now in this file is lost for good: servers and services that accept only that key will no longer let you in with it.</source>
        <translation>La clé actuellement dans ce fichier sera définitivement perdue : les serveurs et services qui n&apos;acceptent que cette clé ne vous laisseront plus vous connecter avec elle.</translation>
    </message>
    <message>
        <source>Replace</source>
        <extracomment>Button: overwrite the existing private key file</extracomment>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>The folder %1 could not be created or written to. Choose another place for the private key.</source>
        <translation>Impossible de créer le dossier %1 ou d&apos;y écrire. Choisissez un autre emplacement pour la clé privée.</translation>
    </message>
    <message>
        <source>ssh-keygen could not be started: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Impossible de démarrer ssh-keygen : %1</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <extracomment>%1 is ssh-keygen&apos;s own error message</extracomment>
        <translation>Échec de ssh-keygen : %1</translation>
    </message>
    <message>
        <source>The new key could not be saved as %1: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation>Impossible d&apos;enregistrer la nouvelle clé sous %1 : %2</translation>
    </message>
    <message>
        <source>The key was made and saved as %1, but the cloud did not accept its public key. Change the name if it is taken and try again: only the upload is retried.</source>
        <extracomment>%1 is the private key file; the server&apos;s explanation follows</extracomment>
        <translation>La clé a été créée et enregistrée sous %1, mais le cloud n&apos;a pas accepté sa clé publique. Changez le nom s&apos;il est déjà pris, puis réessayez : seul l&apos;envoi sera relancé.</translation>
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
        <translation>Envoyez la partie publique d&apos;une clé SSH que vous possédez déjà, afin de pouvoir vous connecter avec elle aux nouvelles instances. Choisissez son fichier .pub ou collez son contenu. La clé privée reste sur votre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label: the name of the key pair in OpenStack</extracomment>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clé &amp;publique :</translation>
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
        <translation>ou collez le contenu d&apos;un fichier .pub ci-dessus</translation>
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
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <extracomment>%1 is a file name, %2 says what it is and what to pick instead</extracomment>
        <translation>Impossible d&apos;importer %1. %2</translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation>Connectez-vous d&apos;abord à un cloud.</translation>
    </message>
    <message>
        <source>A key pair named %1 already exists. Choose another name, or delete the old key pair first.</source>
        <translation>Une paire de clés nommée %1 existe déjà. Choisissez un autre nom ou supprimez d&apos;abord l&apos;ancienne paire de clés.</translation>
    </message>
    <message>
        <source>The key pair could not be imported.</source>
        <extracomment>Shown above the server&apos;s explanation when an import failed</extracomment>
        <translation>Impossible d&apos;importer la paire de clés.</translation>
    </message>
    <message>
        <source>Imports the public key %1 as the key pair %2.</source>
        <extracomment>%1 is a file name, %2 a key pair name</extracomment>
        <translation>Importe la clé publique %1 comme paire de clés %2.</translation>
    </message>
    <message>
        <source>Imports a public key as the key pair %1. The command reads a file: save the pasted key as %2 first.</source>
        <extracomment>%1 is a key pair name, %2 a file name such as &quot;laptop.pub&quot;</extracomment>
        <translation>Importe une clé publique comme paire de clés %1. La commande lit un fichier : enregistrez d&apos;abord la clé collée sous %2.</translation>
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
        <translation>Envoyer la clé publique d&apos;une clé SSH que vous possédez déjà (fichier .pub ou texte collé)</translation>
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
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
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
        <translation>Vous n&apos;avez encore aucune paire de clés.
Importez la clé publique d&apos;une clé SSH que vous possédez déjà, ou générez-en une nouvelle : les instances lancées avec une paire de clés vous permettent de vous connecter avec sa clé privée.</translation>
    </message>
    <message>
        <source>The key pairs could not be listed.</source>
        <extracomment>Shown above (or instead of) the key pairs table when listing them failed</extracomment>
        <translation>Impossible d&apos;obtenir la liste des paires de clés.</translation>
    </message>
    <message>
        <source>Key pair %1 imported.</source>
        <extracomment>%1 is a key pair name</extracomment>
        <translation>Paire de clés %1 importée.</translation>
    </message>
    <message>
        <source>Key pair %1 created. Its private key is %2: log in to an instance launched with it with ssh -i %2 USER@ADDRESS.</source>
        <extracomment>%1 is a key pair name, %2 the private key file; the ssh command shows how to use it</extracomment>
        <translation>Paire de clés %1 créée. Sa clé privée est %2 : connectez-vous à une instance lancée avec elle par ssh -i %2 USER@ADDRESS.</translation>
    </message>
    <message>
        <source>Delete the key pair %1?</source>
        <translation>Supprimer la paire de clés %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n key pairs?</source>
        <translation>
            <numerusform>Supprimer %n paire de clés ?</numerusform>
            <numerusform>Supprimer ces %n paires de clés ?</numerusform>
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
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <extracomment>how many instances to launch at once</extracomment>
        <translation>No&amp;mbre :</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <extracomment>the instance&apos;s size (vCPUs, RAM, disk)</extracomment>
        <translation>&amp;Gabarit :</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>&amp;Zone de disponibilité :</translation>
    </message>
    <message>
        <source>&amp;Networks and ports: tick each one the instance connects to; its interfaces are created in this order (the first is eth0).</source>
        <translation>&amp;Réseaux et ports : cochez chacun de ceux auxquels l’instance se connecte ; ses interfaces sont créées dans cet ordre (la première est eth0).</translation>
    </message>
    <message>
        <source>&amp;Security groups (the firewall rules of every interface):</source>
        <translation>Groupes de &amp;sécurité (les règles de pare-feu de chaque interface) :</translation>
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
        <translation>&amp;Paire de clés :</translation>
    </message>
    <message>
        <source>&amp;Post-install script:</source>
        <translation>Script de post-ins&amp;tallation :</translation>
    </message>
    <message>
        <source>Server &amp;group:</source>
        <translation>Groupe de ser&amp;veurs :</translation>
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
        <translation>%1 octets, %2 une fois encodé en base64 (limite de Nova : %3).</translation>
    </message>
    <message>
        <source>Its first line is neither #cloud-config nor #!: cloud-init will not run it.</source>
        <translation>Sa première ligne n’est ni #cloud-config ni #! : cloud-init ne l’exécutera pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is %2: far too large for a post-install script.</source>
        <extracomment>%1 file, %2 its size</extracomment>
        <translation>« %1 » fait %2 : bien trop volumineux pour un script de post-installation.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
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
        <translation>aucun sous-réseau : pas encore utilisable</translation>
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
        <translation>Non : trop petit</translation>
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
        <translation>(ou la même chose dans le YAML de cloud-init :)</translation>
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
        <translation>L’image « %1 » n’est pas encore utilisable (son état est %2) : choisissez une image active.</translation>
    </message>
    <message>
        <source>Choose a flavor (the instance&apos;s size).</source>
        <translation>Choisissez un gabarit (la taille de l’instance).</translation>
    </message>
    <message>
        <source>The flavor “%1” has a %2 GiB disk, but the image “%3” needs at least %4 GiB: choose a larger flavor.</source>
        <extracomment>%1 flavor, %2 its disk in GiB, %3 image, %4 the disk the image needs in GiB</extracomment>
        <translation>Le gabarit « %1 » a un disque de %2 Gio, mais l’image « %3 » nécessite au moins %4 Gio : choisissez un gabarit plus grand.</translation>
    </message>
    <message>
        <source>The flavor “%1” has %2 MiB of RAM, but the image “%3” needs at least %4 MiB: choose a larger flavor.</source>
        <extracomment>%1 flavor, %2 its RAM in MiB, %3 image, %4 the RAM the image needs in MiB</extracomment>
        <translation>Le gabarit « %1 » a %2 Mio de RAM, mais l’image « %3 » nécessite au moins %4 Mio : choisissez un gabarit plus grand.</translation>
    </message>
    <message>
        <source>This project has no network to connect the instance to: create one in the Network pane first.</source>
        <translation>Ce projet n’a aucun réseau auquel connecter l’instance : créez-en d’abord un dans le volet Réseau.</translation>
    </message>
    <message>
        <source>Choose at least one network or port: the project has several, and Nova will not guess.</source>
        <translation>Choisissez au moins un réseau ou un port : le projet en a plusieurs, et Nova ne choisira pas à votre place.</translation>
    </message>
    <message>
        <source>The port “%1” can belong to one instance only: launch a single instance, or choose networks instead of ports.</source>
        <extracomment>%1 port name or id</extracomment>
        <translation>Le port « %1 » ne peut appartenir qu’à une seule instance : lancez une seule instance, ou choisissez des réseaux plutôt que des ports.</translation>
    </message>
    <message>
        <source>The port “%1” is listed twice: a port connects one interface.</source>
        <translation>Le port « %1 » figure deux fois : un port ne connecte qu’une seule interface.</translation>
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
        <translation>Le nom comporte %1 caractères ; Nova en accepte 255 au maximum.</translation>
    </message>
    <message>
        <source>The name holds a tab, a line break or another invisible character: use printable characters only.</source>
        <translation>Le nom contient une tabulation, un saut de ligne ou un autre caractère invisible : utilisez uniquement des caractères imprimables.</translation>
    </message>
    <message>
        <source>The post-install script is too large: %1 bytes, which is %2 bytes once base64-encoded, and Nova accepts at most %3 encoded bytes. Shorten it, or have it download the rest.</source>
        <extracomment>%1 the script&apos;s size in bytes, %2 its size once base64-encoded, %3 Nova&apos;s limit (65,535)</extracomment>
        <translation>Le script de post-installation est trop volumineux : %1 octets, soit %2 octets une fois encodé en base64, alors que Nova accepte au plus %3 octets encodés. Raccourcissez-le, ou faites-lui télécharger le reste.</translation>
    </message>
    <message>
        <source>Launch between 1 and %1 instances at a time.</source>
        <extracomment>%1 the largest number of instances launched at once</extracomment>
        <translation>Lancez entre 1 et %1 instances à la fois.</translation>
    </message>
    <message>
        <source>Choose at least one security group: with none, Nova applies “default” anyway.</source>
        <translation>Choisissez au moins un groupe de sécurité : sans groupe, Nova applique de toute façon « default ».</translation>
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
        <translation>Un client de bureau pour les clouds OpenStack&#xa0;: instances, réseaux, volumes, DNS, et des labos complets construits en quelques étapes.</translation>
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
        <translation>Ceci est le cloud de démonstration : un OpenStack simulé qui tourne dans Zenith sur cet ordinateur. Rien de ce qui est fait ici n&apos;atteint un vrai cloud. Pour utiliser le vôtre, choisissez Fichier › Importer un fichier openrc… ou Fichier › Ouvrir clouds.yaml…</translation>
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
        <translation>Choisissez plutôt sa clé publique : %1, le fichier de même nom se terminant par .pub.</translation>
    </message>
    <message>
        <source>Pick its public key instead: the file with the same name ending in .pub, for example ~/.ssh/id_ed25519.pub.</source>
        <extracomment>After &quot;This is a private key…&quot;</extracomment>
        <translation>Choisissez plutôt sa clé publique : le fichier de même nom se terminant par .pub, par exemple ~/.ssh/id_ed25519.pub.</translation>
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
        <translation>Si vous ne l’avez pas, générez-la avec : ssh-keygen -y -f PRIVATE_KEY &gt; key.pub</translation>
    </message>
    <message>
        <source>This is a PuTTY private key (.ppk).</source>
        <translation>Il s’agit d’une clé privée PuTTY (.ppk).</translation>
    </message>
    <message>
        <source>Open it in PuTTYgen and paste here the text under “Public key for pasting into OpenSSH authorized_keys file”.</source>
        <translation>Ouvrez-la dans PuTTYgen et collez ici le texte situé sous « Public key for pasting into OpenSSH authorized_keys file ».</translation>
    </message>
    <message>
        <source>This is a public key in the SSH2 (RFC 4716) format, which OpenStack does not read. Convert it with: ssh-keygen -i -f KEY &gt; key.pub, then pick key.pub.</source>
        <translation>Il s’agit d’une clé publique au format SSH2 (RFC 4716), qu’OpenStack ne sait pas lire. Convertissez-la avec : ssh-keygen -i -f KEY &gt; key.pub, puis choisissez key.pub.</translation>
    </message>
    <message>
        <source>This is a %1 key, which OpenStack does not accept here. Use an Ed25519, RSA or ECDSA key, or generate a new one.</source>
        <extracomment>%1 is a key type such as &quot;ssh-dss&quot;</extracomment>
        <translation>Il s’agit d’une clé %1, qu’OpenStack n’accepte pas ici. Utilisez une clé Ed25519, RSA ou ECDSA, ou générez-en une nouvelle.</translation>
    </message>
    <message>
        <source>This line says it is an %1 public key, but the key data is of another type: it was edited or pasted together from two keys. Copy the whole line again from the .pub file.</source>
        <extracomment>%1 is a key type such as &quot;RSA&quot;</extracomment>
        <translation>Cette ligne indique une clé publique %1, mais les données de la clé sont d’un autre type : elle a été modifiée, ou assemblée à partir de deux clés. Copiez à nouveau la ligne entière depuis le fichier .pub.</translation>
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
        <translation>Il s’agit d’un fichier %1, pas d’une clé. Choisissez un fichier de clé publique : son nom se termine par .pub, généralement dans ~/.ssh.</translation>
    </message>
    <message>
        <source>This is a binary file, not a key. Pick a public key file: its name ends in .pub, usually in ~/.ssh.</source>
        <translation>Il s’agit d’un fichier binaire, pas d’une clé. Choisissez un fichier de clé publique : son nom se termine par .pub, généralement dans ~/.ssh.</translation>
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
        <translation>Le nom comporte %1 caractères ; OpenStack en accepte %2 au maximum.</translation>
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
        <translation>Le nom ne peut pas contenir %1. Utilisez uniquement des lettres sans accent (a-z, A-Z), des chiffres, des espaces, « _ » et « - ».</translation>
    </message>
</context>
<context>
    <name>zenith::SignInFlow</name>
    <message>
        <source>The system keyring did not answer; please type your password.</source>
        <translation>Le trousseau système n’a pas répondu ; veuillez saisir votre mot de passe.</translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keyring: %1</source>
        <translation>Votre mot de passe n’a pas pu être enregistré dans le trousseau système : %1</translation>
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
