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
