<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>main</name>
    <message>
        <source>Desktop client for OpenStack clouds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves Zenith&apos;s demo cloud (a simulated OpenStack) on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the demo cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default: any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much faster than real time resources change state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port wants a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith demo cloud on %1 (simulated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what follows as clouds.yaml, then: openstack --os-cloud demo server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the built-in demo cloud (simulated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the demo cloud without a window (see --help there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every answer (fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this share of a service&apos;s requests with 503 (fault), e.g. compute=0.1; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the next N requests with 429 and Retry-After (fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens expire after this many seconds (fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this share of connections without an answer (fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--error-rate wants service=share, the share from 0 to 1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::ActivityIndicator</name>
    <message numerus="yes">
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n request in progress</numerusform>
            <numerusform>%n requests in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::Area</name>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::CloudController</name>
    <message>
        <source>Cloud configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some clouds could not be read and are not listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cloud (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::CloudSwitcher</name>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Cloud name, then where it is configured: &quot;ovh-gra11 (clouds.yaml)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the OS_* environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cloud configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud to work with, from clouds.yaml, an openrc file or the OS_* environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud to choose one of your projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has access to this project only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project whose resources are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud to choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud has a single region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region whose resources are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cloud is configured yet: use File › Import openrc File… or File › Open clouds.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cloud (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated OpenStack running inside Zenith on this computer: nothing done here reaches a real cloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::CommandDock</name>
    <message>
        <source>Equivalent command</source>
        <extracomment>Title of the dock that shows the openstack CLI command equivalent to the last action</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the command line to the clipboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action you take here shows the openstack command that does the same thing in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DemoCloudHost</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DetailsTable</name>
    <message>
        <source>Loading…</source>
        <extracomment>shown in a details tab of the Instances pane while its data is fetched</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::EmptyStatePane</name>
    <message>
        <source>Instances, key pairs, images and flavors will appear here. You will be able to launch, stop and connect to your instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks, subnets, routers, ports, floating IPs and security groups will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes and their snapshots will appear here, with the instances they are attached to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS zones and their record sets will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a whole lab in a few steps: networks, instances and DNS records are created together, and removed together when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::ErrorDetailsDialog</name>
    <message>
        <source>Error Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::ErrorText</name>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Short error title followed by the HTTP status, e.g. &quot;Conflict (409)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith could not reach the cloud. Check your network connection and the authentication URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not answer in time. It may be busy: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not accept your credentials (%1). Check your password, or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not accept your credentials. Check your password, or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this in this project (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud could not find this resource (%1). It may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud could not find this resource. It may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud refused the request because the resource is in use or not in a state that allows it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud refused the request because the resource is in use or not in a state that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s quota or the cloud&apos;s request limit has been reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s quota or the cloud&apos;s request limit has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud does not offer this service or API version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud does not offer this service or API version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud had an internal error (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith could not understand the cloud&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud configuration is incomplete or contradictory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::FlavorsModel</name>
    <message>
        <source>%1 GiB</source>
        <extracomment>Root disk of 0: the server boots from a volume, sized by the image
----------
A size in gibibytes, e.g. &quot;2 GiB&quot; or &quot;1.5 GiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Flavor access: every project may use it (yes) or only chosen ones (no)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <extracomment>Column: number of virtual CPUs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <extracomment>Column: size of the root disk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <extracomment>Column: size of the ephemeral (scratch) disk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <extracomment>Column: whether every project may use the flavor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A size in mebibytes, e.g. &quot;512 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::FlavorsSection</name>
    <message>
        <source>Flavors</source>
        <extracomment>Compute pane tab: the sizes (vCPUs, RAM, disk) a server can have</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flavors by name or id</source>
        <extracomment>Placeholder of the search box of the Flavors tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Number of flavors listed in the Flavors tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flavor(s)</source>
        <translation>
            <numerusform>%n flavor</numerusform>
            <numerusform>%n flavors</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the flavors. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::ImagesModel</name>
    <message>
        <source>%1 GiB</source>
        <extracomment>A size in gibibytes, e.g. &quot;10 GiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A size in mebibytes, e.g. &quot;512 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. disk</source>
        <extracomment>Column: the smallest root disk an image boots from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. RAM</source>
        <extracomment>Column: the least RAM an image needs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS distribution</source>
        <extracomment>Column: the image&apos;s operating system distribution (os_distro property)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Image status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>Image status: created, no data uploaded yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <extracomment>Image status: data being uploaded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Image status: the upload failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Image status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <extracomment>Image visibility: every project can use it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>Image visibility: only its project can use it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <extracomment>Image visibility: shared with chosen projects</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Image visibility: any project can use it, not listed by default</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::ImagesSection</name>
    <message>
        <source>Images</source>
        <extracomment>Compute pane tab: the images servers boot from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search images by name, distribution or id</source>
        <extracomment>Placeholder of the search box of the Images tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Number of images listed in the Images tab</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InstanceActionTexts</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard reboot</source>
        <extracomment>power-cycles the instance (a reboot that does not ask the guest)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelve</source>
        <extracomment>snapshots the instance and frees its host; it can be unshelved later</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>prevents any action on the instance (deletion included) until it is unlocked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue</source>
        <extracomment>restarts the instance from a rescue image, its own disk attached</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <extracomment>opens the instance&apos;s noVNC console in the web browser</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate floating IP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release floating IP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>joins a list of names: &quot;%1 and %2&quot; = &quot;web-1, web-2 and db&quot; (%1 already holds the commas)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reboot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not shelve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unshelve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rescue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unrescue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resize %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not confirm the resize of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revert the resize of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots stopped instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuts instances down; their disks and addresses are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the guest systems to restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power-cycles instances, like pressing their reset button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes instances and their root disks; attached volumes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots and stops instances, freeing their hosts; unshelve brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings shelved instances back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protects instances from any action, deletion included, until unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows actions on instances again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts an instance from a rescue image with its own disk attached, to repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts a rescued instance from its own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the instance&apos;s disk as a new image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the instance to another flavor; confirm or revert afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the new flavor and frees the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to the previous flavor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the instance&apos;s graphical console (noVNC) in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugs the instance into a network or onto an existing port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplugs one of the instance&apos;s network interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the instance reachable at a public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a public address off the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches an available volume as a new disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaches a volume; its data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InstanceActions</name>
    <message>
        <source>Reboot</source>
        <extracomment>toolbar button with the soft and hard reboot actions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>toolbar button with the less frequent instance actions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in error:</source>
        <extracomment>banner over the instances when the selected one is in ERROR; its fault follows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These instances are in error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-snapshot-%2</source>
        <extracomment>default name of a snapshot image: %1 the instance, %2 today&apos;s date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <extracomment>%1: &quot;web-1&quot;, &quot;web-1 and db&quot; or &quot;web-1, web-2 and db&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Attached volumes are detached and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)?</source>
        <translation>
            <numerusform>Delete %n instance?</numerusform>
            <numerusform>Delete %n instances?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instance(s)</source>
        <extracomment>the confirmation&apos;s button; %n instances are deleted</extracomment>
        <translation>
            <numerusform>Delete %n instance</numerusform>
            <numerusform>Delete %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the image made from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova is saving %1 as the image &quot;%2&quot;; it appears under Images once uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavors could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 vCPU, %3, %4 GiB disk</source>
        <extracomment>a flavor in the resize picker: name, vCPUs, RAM (&quot;4 GiB RAM&quot;), root disk in GiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other flavor to resize %1 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flavor for %1 (now %2). It restarts; then confirm or revert the resize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud returned no console URL for %1: its noVNC console may be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could open the console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InstanceAttachments</name>
    <message>
        <source>The networks and ports could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1</source>
        <extracomment>a choice in the attach-interface picker: a whole network (Nova creates the port)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (%2: %3)</source>
        <extracomment>a choice in the attach-interface picker: an existing free port, its network and addresses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network or free port to plug %1 into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug %1 into a network (a new port) or onto an existing port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not attach an interface to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugs the instance into a network or onto an existing port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interfaces of %1 could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>an interface in the detach picker: network, addresses, MAC address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplug this interface of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not detach the interface of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplugs one of the instance&apos;s network interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volumes could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <extracomment>a volume in the attach picker: name and size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no available volume to attach to %1: create one under Volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach this volume to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not attach %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches an available volume as a new disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GiB, %3)</source>
        <extracomment>an attached volume in the detach picker: name, size, device</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume is attached to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach this volume from %1 (unmount it in the guest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not detach %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaches a volume; its data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floating IPs could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IPv4 port to map a floating IP to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (free)</source>
        <extracomment>a choice in the floating IP picker: an address the project holds already</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address from %1</source>
        <extracomment>a choice in the floating IP picker: allocate a new address from this external network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no free floating IP and no external network to allocate one from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not associate a floating IP with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now reaches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocates a public address and maps it to the instance&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the instance reachable at a public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no floating IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IP to take off %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is no longer reachable at this address. The project keeps the address unless you give it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address back to the pool</source>
        <extracomment>checkbox of the release confirmation: delete the floating IP instead of keeping it for later</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not release %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the public address back to its external network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a public address off the instance; the project keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InstanceConsoleTab</name>
    <message>
        <source>Loading…</source>
        <extracomment>shown in the console log view while the log is fetched</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <extracomment>label of the console log&apos;s line count (50, 200, 1000, All)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>the console log&apos;s line count: the whole log</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <extracomment>keep fetching the console log every few seconds and scroll to its end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log (Enter: next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <extracomment>number of matches of the console log search, e.g. &quot;3 matches&quot;</extracomment>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::InstanceDetails</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <extracomment>tab of the instance details: the server&apos;s network ports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log</source>
        <extracomment>tab of the instance details: Nova&apos;s instance actions (create, stop...) with their request IDs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security</source>
        <extracomment>column: whether Neutron&apos;s port security (anti-spoofing, security groups) is on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed address pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>column of the attached volumes: the device name inside the instance, e.g. /dev/vdb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume is attached to this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action recorded for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance no longer exists: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s interfaces could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s volumes could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s console log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s action log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>a volume&apos;s size in gibibytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InstanceMetadataTab</name>
    <message>
        <source>Tags: none</source>
        <extracomment>%1: the instance&apos;s tags, comma-separated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>column of an instance&apos;s metadata: the item&apos;s key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no metadata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InstanceOverviewTab</name>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host ID:</source>
        <extracomment>Nova&apos;s hostId: the compute host hashed per project; equal values mean the same host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked:</source>
        <extracomment>whether the instance is locked against actions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vCPU(s), %2 RAM, %3 GiB disk</source>
        <extracomment>an instance&apos;s flavor: its name, then vCPUs, RAM and root disk, e.g. &quot;d2-2: 1 vCPU, 2 GiB RAM, 25 GiB disk&quot;</extracomment>
        <translation>
            <numerusform>%1: %n vCPU, %2 RAM, %3 GiB disk</numerusform>
            <numerusform>%1: %n vCPUs, %2 RAM, %3 GiB disk</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booted from a volume</source>
        <extracomment>the image field of an instance that boots from a volume</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <extracomment>&quot;Yes (reason given when locking)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance no longer exists: it was deleted.</source>
        <extracomment>the instance shown in the details panel was deleted (by someone else, or meanwhile)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova reports a fault (code %2): %1</source>
        <extracomment>%1: Nova&apos;s fault message, e.g. &quot;No valid host was found.&quot;; %2: its code, e.g. 500</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Action log tab gives the request ID to quote when asking for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InstancesModel</name>
    <message>
        <source>Active</source>
        <extracomment>Nova server statuses, as shown in the Instances table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved (offloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <extracomment>column of the instances table: the server&apos;s IP addresses, grouped by network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an instance&apos;s status and the task Nova is running on it, e.g. &quot;Build (spawning)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(volume)</source>
        <extracomment>the image column for an instance booted from a volume</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InstancesSection</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, IP address, status or ID</source>
        <extracomment>placeholder of the search box above the instances table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud to see its instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances in this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instances could not be listed.</source>
        <extracomment>shown above (or instead of) the instances table when listing them failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch instance…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::KeypairGenerateDialog</name>
    <message>
        <source>Generate a Key Pair</source>
        <extracomment>Title of the dialog that makes a new SSH key on this computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith runs ssh-keygen to make a new Ed25519 key on this computer. The private key is saved where you choose, without a passphrase and readable only by you (mode 0600); it never leaves this computer. Only the public key is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <extracomment>Form label: the file the new private key is written to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <extracomment>%1 is the public key file written next to the private key, e.g. &quot;~/.ssh/id_ed25519_lab.pub&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate and Import</source>
        <extracomment>Button: make the key on this computer, then upload its public half</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen was not found on this computer, so no key can be made here. Install the openssh-client package (on Debian or Ubuntu: sudo apt install openssh-client) and try again, or import a public key you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Private Key As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key pair named %1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name for the private key, for example id_ed25519_%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Existing Key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key now in this file is lost for good: servers and services that accept only that key will no longer let you in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <extracomment>Button: overwrite the existing private key file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created or written to. Choose another place for the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen could not be started: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <extracomment>%1 is ssh-keygen&apos;s own error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be saved as %1: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was made and saved as %1, but the cloud did not accept its public key. Change the name if it is taken and try again: only the upload is retried.</source>
        <extracomment>%1 is the private key file; the server&apos;s explanation follows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an Ed25519 key on this computer (the private key %1 stays here), then uploads its public key as the key pair %2.</source>
        <extracomment>%1 is the private key file, %2 the key pair name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::KeypairImportDialog</name>
    <message>
        <source>Import a Public Key</source>
        <extracomment>Title of the dialog that uploads an existing SSH public key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the public half of an SSH key you already have, so that new instances let you log in with it. Choose its .pub file or paste its content. The private key stays on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label: the name of the key pair in OpenStack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example laptop</source>
        <extracomment>Placeholder of the key pair name field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… you@your-computer</source>
        <extracomment>Placeholder of the public key box: the start of an OpenSSH public key line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or paste the content of a .pub file above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1</source>
        <extracomment>%1 is the file the key was read from, e.g. &quot;~/.ssh/id_ed25519.pub&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>Button that uploads the public key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <extracomment>%1 is a file name, %2 says what it is and what to pick instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key pair named %1 already exists. Choose another name, or delete the old key pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair could not be imported.</source>
        <extracomment>Shown above the server&apos;s explanation when an import failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the public key %1 as the key pair %2.</source>
        <extracomment>%1 is a file name, %2 a key pair name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a public key as the key pair %1. The command reads a file: save the pasted key as %2 first.</source>
        <extracomment>%1 is a key pair name, %2 a file name such as &quot;laptop.pub&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::KeypairsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: the kind of key pair (SSH or X.509)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (MD5)</source>
        <extracomment>Column: the MD5 fingerprint of the public key, as `ssh-keygen -l -E md5` prints it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509</source>
        <extracomment>Key pair type: an X.509 certificate (for Windows images)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <extracomment>Key pair type: an SSH public key</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::KeypairsSection</name>
    <message>
        <source>Key Pairs</source>
        <extracomment>Compute pane tab: the user&apos;s SSH key pairs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search key pairs by name, fingerprint or comment</source>
        <extracomment>Placeholder of the search box of the Key pairs tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>Button: upload an existing public key (opens a dialog)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the public key of an SSH key you already have (a .pub file, or pasted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <extracomment>Button: make a new SSH key on this computer (opens a dialog)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new Ed25519 key on this computer with ssh-keygen and upload its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Public Key</source>
        <extracomment>Context menu: copy the selected key pair&apos;s public key (one line, for authorized_keys)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key pair(s)</source>
        <extracomment>Count next to the search box; or &quot;%1 of %2&quot; when it filters</extracomment>
        <translation>
            <numerusform>%n key pair</numerusform>
            <numerusform>%n key pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud to see your key pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading key pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no key pairs yet.
Import the public key of an SSH key you already have, or generate a new one: instances launched with a key pair let you log in with its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pairs could not be listed.</source>
        <extracomment>Shown above (or instead of) the key pairs table when listing them failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair %1 imported.</source>
        <extracomment>%1 is a key pair name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair %1 created. Its private key is %2: log in to an instance launched with it with ssh -i %2 USER@ADDRESS.</source>
        <extracomment>%1 is a key pair name, %2 the private key file; the ssh command shows how to use it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key pair %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n key pairs?</source>
        <translation>
            <numerusform>Delete these %n key pairs?</numerusform>
            <numerusform>Delete these %n key pairs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After a list of key pair names cut short</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Key Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances that already use them keep working, and your private keys stay on your computer. You can import the same public keys again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of the confirmation: delete the key pairs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n key pair(s).</source>
        <translation>
            <numerusform>Deletes %n key pair.</numerusform>
            <numerusform>Deletes %n key pairs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted. %2</source>
        <extracomment>%1 is a key pair name, %2 the reason (several lines)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LastErrorIndicator</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LaunchDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <extracomment>how many instances to launch at once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <extracomment>the instance&apos;s size (vCPUs, RAM, disk)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Networks and ports: tick each one the instance connects to; its interfaces are created in this order (the first is eth0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security groups (the firewall rules of every interface):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-install script</source>
        <extracomment>file dialog title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts (*.sh *.yaml *.yml *.txt *.cfg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post-install script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image and size</source>
        <extracomment>tab of the launch dialog: the image, the flavor and the name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and script</source>
        <extracomment>tab of the launch dialog: key pair, post-install script, server group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search images by name</source>
        <extracomment>placeholder of the search box above the images</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>flavor columns; the last says whether the flavor can hold the chosen image</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>opens the dialog that imports a public key file as a key pair</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs once, at the first boot (cloud-init). Start it with #cloud-config for cloud-init&apos;s YAML, or #!/bin/sh for a shell script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;configuration drive (metadata on a disk, for networks without a metadata service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key pair (no SSH access with a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any (the cloud chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova names them %1 and %2.</source>
        <extracomment>%1, %2: the first two names Nova gives, %3 the last one (web-1, web-2 … web-5)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova names them %1, %2 … %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, %2 once base64-encoded (Nova&apos;s limit: %3).</source>
        <extracomment>%1 bytes typed, %2 once base64-encoded, %3 Nova&apos;s limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first line is neither #cloud-config nor #!: cloud-init will not run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2: far too large for a post-install script.</source>
        <extracomment>%1 file, %2 its size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was not launched.</source>
        <extracomment>shown in the launch dialog above Nova&apos;s reason; the dialog stays open with every field as typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creates %n instance(s) from the image %1 with the flavor %2.</source>
        <extracomment>explanation under the equivalent command; %1 the image, %2 the flavor</extracomment>
        <translation>
            <numerusform>Creates %n instance from the image %1 with the flavor %2.</numerusform>
            <numerusform>Creates %n instances from the image %1 with the flavor %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>A size in gibibytes, e.g. &quot;20 GiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A size in mebibytes, e.g. &quot;512 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flavors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a server group in its picker: %1 name, %2 policy (affinity, anti-affinity...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be listed.</source>
        <extracomment>%1 what could not be listed (images, networks, key pairs...); the server&apos;s reason follows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public addresses</source>
        <extracomment>a network with public addresses, reachable from the internet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subnet: cannot be used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <extracomment>an existing, unused port in the networks list; %1 its name or id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1, %2</source>
        <extracomment>details of a free port: %1 its network, %2 its addresses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: too small</source>
        <extracomment>in the flavors list: whether the flavor&apos;s disk and RAM can hold the chosen image</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flavor&apos;s disk or RAM is below what the image needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or the same in cloud-init&apos;s YAML:)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LaunchRequest</name>
    <message>
        <source>Choose an image to start the instance from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” cannot be used yet (its status is %2): choose an active image.</source>
        <extracomment>%1 image name, %2 its Glance status (queued, saving, deactivated...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flavor (the instance&apos;s size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavor “%1” has a %2 GiB disk, but the image “%3” needs at least %4 GiB: choose a larger flavor.</source>
        <extracomment>%1 flavor, %2 its disk in GiB, %3 image, %4 the disk the image needs in GiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavor “%1” has %2 MiB of RAM, but the image “%3” needs at least %4 MiB: choose a larger flavor.</source>
        <extracomment>%1 flavor, %2 its RAM in MiB, %3 image, %4 the RAM the image needs in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no network to connect the instance to: create one in the Network pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one network or port: the project has several, and Nova will not guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port “%1” can belong to one instance only: launch a single instance, or choose networks instead of ports.</source>
        <extracomment>%1 port name or id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port “%1” is listed twice: a port connects one interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; Nova accepts at most 255.</source>
        <extracomment>%1 the number of characters typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name holds a tab, a line break or another invisible character: use printable characters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post-install script is too large: %1 bytes, which is %2 bytes once base64-encoded, and Nova accepts at most %3 encoded bytes. Shorten it, or have it download the rest.</source>
        <extracomment>%1 the script&apos;s size in bytes, %2 its size once base64-encoded, %3 Nova&apos;s limit (65,535)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch between 1 and %1 instances at a time.</source>
        <extracomment>%1 the largest number of instances launched at once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one security group: with none, Nova applies “default” anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LoginDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unscoped token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when the application credential was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available: Zenith will ask for your password each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available: Zenith will ask for the secret each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available: Zenith will ask for a token each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the secret in your desktop&apos;s keyring (GNOME Keyring, KWallet), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import openrc File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the cloud described by an openrc file downloaded from Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open clouds.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the clouds of a clouds.yaml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Zenith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import openrc File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openrc files (*openrc* *.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack configuration (clouds.yaml clouds.yml *.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for OpenStack clouds: instances, networks, volumes, DNS, and whole labs built in a few steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Zenith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cloud (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo cloud: a simulated OpenStack running inside Zenith on this computer. Nothing done here reaches a real cloud. To use your own, choose File › Import openrc File… or File › Open clouds.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::NavigationSidebar</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 (%2)</source>
        <extracomment>Tooltip of a sidebar entry; %1 is the area, %2 its shortcut</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies at once. &quot;System language&quot; follows your desktop&apos;s language setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1 is the language the system asks for, by its own name, e.g. &quot;Français&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::PublicKeyText</name>
    <message>
        <source>Pick its public key instead: %1, the file with the same name ending in .pub.</source>
        <extracomment>After &quot;This is a private key…&quot;: %1 is the public key file next to it, e.g. &quot;id_ed25519.pub&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick its public key instead: the file with the same name ending in .pub, for example ~/.ssh/id_ed25519.pub.</source>
        <extracomment>After &quot;This is a private key…&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must never leave your computer, and nothing was sent.</source>
        <extracomment>First sentence of every refusal of a private key: Zenith sent nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a public key (one line starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-), or choose a .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty. Pick the .pub file that ssh-keygen wrote next to your private key, for example ~/.ssh/id_ed25519.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1, far too large for a public key (at most 16 KiB, usually under 1 KiB). Pick the .pub file of your key, for example ~/.ssh/id_ed25519.pub.</source>
        <extracomment>%1 is a size such as &quot;17.1 KiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key (OpenSSH format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key (PEM, %1).</source>
        <extracomment>%1 is the PEM flavour: &quot;RSA&quot;, &quot;EC&quot;, &quot;DSA&quot;, &quot;PKCS#8&quot; or &quot;encrypted PKCS#8&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one, make it with: ssh-keygen -y -f PRIVATE_KEY &gt; key.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PuTTY private key (.ppk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in PuTTYgen and paste here the text under “Public key for pasting into OpenSSH authorized_keys file”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key in the SSH2 (RFC 4716) format, which OpenStack does not read. Convert it with: ssh-keygen -i -f KEY &gt; key.pub, then pick key.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 key, which OpenStack does not accept here. Use an Ed25519, RSA or ECDSA key, or generate a new one.</source>
        <extracomment>%1 is a key type such as &quot;ssh-dss&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line says it is an %1 public key, but the key data is of another type: it was edited or pasted together from two keys. Copy the whole line again from the .pub file.</source>
        <extracomment>%1 is a key type such as &quot;RSA&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an %1 public key, but the key data is damaged (part of it may be missing). Copy the whole line again from the .pub file, or choose the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This holds %n public keys (like an authorized_keys file), but a key pair is one key. Pick a single .pub file, or paste one line.</source>
        <translation>
            <numerusform>This holds %n public keys (like an authorized_keys file), but a key pair is one key. Pick a single .pub file, or paste one line.</numerusform>
            <numerusform>This holds %n public keys (like an authorized_keys file), but a key pair is one key. Pick a single .pub file, or paste one line.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a %1 file, not a key. Pick a public key file: its name ends in .pub, usually in ~/.ssh.</source>
        <extracomment>%1 is a file format: &quot;JPEG&quot;, &quot;PNG&quot;, &quot;PDF&quot;, &quot;ZIP&quot; or &quot;gzip&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file, not a key. Pick a public key file: its name ends in .pub, usually in ~/.ssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text holds no SSH public key. Pick a public key file (its name ends in .pub, usually in ~/.ssh), or paste the line that starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; OpenStack accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special space</source>
        <extracomment>A space character other than the plain space: non-breaking, thin…</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible character</source>
        <extracomment>An invisible control character, such as a line break</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain %1. Use only letters without accents (a-z, A-Z), digits, spaces, “_” and “-”.</source>
        <extracomment>%1 lists characters, e.g. &quot;“@”, “.”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SignInFlow</name>
    <message>
        <source>The system keyring did not answer; please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SshKeyGenerator</name>
    <message>
        <source>its permissions could not be set to 0600 (readable by you only)</source>
        <extracomment>Shown when the generated private key could not be made readable by its owner only</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::WelcomePage</name>
    <message>
        <source>Welcome to Zenith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith manages the instances, networks, volumes and DNS records of an OpenStack cloud. No cloud is configured yet: tell Zenith which one to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Zenith looks for clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith reads the first clouds.yaml it finds in these places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also reads the OS_* environment variables that an openrc file sets, and the file named by OS_CLIENT_CONFIG_FILE if you set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clouds.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your OpenStack provider gives you an openrc file: in the Horizon dashboard, it is under API Access › Download OpenStack RC File.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import openrc File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Demo Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
