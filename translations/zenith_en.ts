<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>LabCli</name>
    <message>
        <source>%1 is not a usable lab plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cloud cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud of clouds.yaml, or demo (the built-in simulated cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab plan (lab.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change nothing: show what would be created or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not wait for (or check) each server&apos;s post-install script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the lab&apos;s passwords in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this public key as the plan&apos;s key pair if the project lacks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the deployment journal is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both --cloud and --config are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans, deploys, verifies, snapshots or tears down the OpenStack lab described by a lab.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan, deploy, verify, snapshot or teardown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: zenith lab plan|deploy|verify|snapshot|teardown --cloud NAME --config lab.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: submit the lab to Heat as the stack &lt;lab&gt;-stack and follow its events (teardown finds the stack by itself).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabText</name>
    <message>
        <source>cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab plan must be a mapping of settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must hold settings (key: value lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a lab setting (see the documented lab.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a %2.</source>
        <extracomment>%1 a setting, %2 &quot;string&quot;, &quot;integer&quot; or &quot;boolean&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be “%2”: use one of %3.</source>
        <extracomment>%1 a setting, %2 what the file says, %3 the accepted values separated by |</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the consoles were not read (--no-wait-ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the lab has no domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the records are at OVHcloud; check them in the DNS pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume storage (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>zenith::AddressPairsEditor</name>
    <message>
        <source>Add an address</source>
        <extracomment>Button under the allowed address pairs of a port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow any (0.0.0.0/0)</source>
        <extracomment>Button: add the allowed address pair 0.0.0.0/0 (what a NAT gateway needs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security drops packets whose source is not the port&apos;s own address. A NAT gateway forwards other machines&apos; traffic: give its private port the pair 0.0.0.0/0 (the lab&apos;s gateway needs it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or CIDR</source>
        <extracomment>Placeholder of an allowed address pair&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC (optional)</source>
        <extracomment>Placeholder of an allowed address pair&apos;s MAC; empty: the port&apos;s own MAC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
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
    <name>zenith::CollectionStateView</name>
    <message>
        <source>Try again</source>
        <extracomment>Button under the message of a tab whose listing failed: list again</extracomment>
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
    <name>zenith::DnsErrorText</name>
    <message>
        <source>A zone named %1 already exists, in your project or in another one: a name can be hosted only once. Pick another name, or delete the other zone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS service refused the email address: write it as name@domain.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS service refused the TTL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone %1 could not be created: your project may not create more zones, or not this one (some names are reserved by the cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone %1 could not be created.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone %1 could not be deleted.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 records: edit them to add a value.</source>
        <extracomment>%1 is a record name, %2 a type such as A</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNAME cannot share its name with other records, and no record can be added next to a CNAME: %1 holds both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the zone: a record&apos;s name must end with the zone&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS service refused the data of this %1 record.</source>
        <extracomment>%1 is a record type such as MX</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone is gone: it was deleted, perhaps by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records are gone: they were deleted, perhaps by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 records of %2 could not be saved.</source>
        <extracomment>%1 is a record type, %2 a record name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s records could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS zones could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone %1 could not be published.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DnsProviderBar</name>
    <message>
        <source>DNS &amp;provider:</source>
        <extracomment>Field above the DNS zones: which DNS service holds them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack Designate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud domain API</source>
        <extracomment>OVHcloud&apos;s API for the domains and DNS zones of an OVHcloud account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designate is the cloud&apos;s own DNS service. OVHcloud&apos;s public cloud has none: the zones of domains bought at OVHcloud are managed through OVHcloud&apos;s domain API, with its own keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Credentials…</source>
        <extracomment>Button: open the dialog of the OVHcloud API keys</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVHcloud keys could not be read from the system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not keep the OVHcloud keys: Zenith uses them until it quits, then asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVHcloud keys could not be removed from the system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DnsRecordDialog</name>
    <message>
        <source>IPv4 addresses, one per line, such as 203.0.113.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 addresses, one per line, such as 2001:db8::5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one host name this name is an alias of, such as www.%1 or lb.example.net. A CNAME cannot be at the zone&apos;s own name, nor share its name with other records.</source>
        <extracomment>%1 is the zone&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority and mail server, one per line, such as: 10 mail.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, one record per line, such as v=spf1 mx -all. Zenith adds the quotes and splits text longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags, tag and value, one per line, such as: 0 issue letsencrypt.org (tags: issue, issuewild, iodef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name servers&apos; host names, one per line, such as ns1.example.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority, weight, port and target, one per line, such as: 10 60 5060 sip.%1 (the record&apos;s name is _service._protocol, such as _sip._tcp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Records in %1</source>
        <extracomment>Dialog title; %1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Records to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www, or empty for %1</source>
        <extracomment>Placeholder of the record name: empty means the zone&apos;s own name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name relative to the zone (www gives www.%1), @ or empty for the zone itself, or a full name ending with .%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone&apos;s: %1</source>
        <extracomment>Placeholder of a record&apos;s TTL; %1 is the zone&apos;s TTL in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Field: the DNS record type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <extracomment>Field: the records&apos; data, one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;TL (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the %1 records of %2.</source>
        <extracomment>%1 is a record type, %2 a name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 records to %2.</source>
        <extracomment>%1 is a record type, %2 a name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud keeps one value per record: add this one with a single value, then add the others as records of their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DnsRecordsModel</name>
    <message>
        <source>zone&apos;s</source>
        <extracomment>TTL cell of a record that uses the zone&apos;s TTL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: DNS record type (A, MX...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <extracomment>Column: the data of a DNS record (addresses, host names, text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DnsRecordsPanel</name>
    <message>
        <source>Records of %1</source>
        <extracomment>Title above the records table; %1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search records by type, name or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Record…</source>
        <extracomment>Button: add DNS records (opens the record editor)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a zone to see its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This zone has no records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 records of %2?

%3</source>
        <extracomment>%1 is a record type, %2 a name, %3 the values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers may keep answering with them until their TTL runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the %1 records of %2.</source>
        <extracomment>%1 is a record type, %2 a name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DnsSection</name>
    <message>
        <source>Zones and Records</source>
        <extracomment>DNS pane tab: the DNS zones and their records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search zones by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Zone…</source>
        <extracomment>Button: create a DNS zone (opens a dialog)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Zone…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading DNS zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no DNS zones yet.
Create one for your domain (such as example.org.), then add its records: an A record gives a name the address of your instance or load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Zone</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the zone %1 and all its records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names under %1 stop resolving once the DNS servers drop the zone. This cannot be undone: the records are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the DNS zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The name servers serve the zone&apos;s changes once you publish them: click Publish Changes when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Changes</source>
        <extracomment>Button: have the DNS servers serve the zone&apos;s saved changes (OVHcloud&apos;s refresh)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks OVHcloud to put the zone&apos;s saved records on its name servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud saves record changes at once, but its name servers serve them only after you publish the zone (Publish Changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the keys of OVHcloud&apos;s API (Enter Credentials… above) to see the DNS zones of your OVHcloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no DNS zones: they come with the domains it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes the zone %1.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: the name servers now serve the records of %1. Resolvers may keep older answers until their TTL runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 created.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 is active: its DNS servers answer for it.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 created. Its status stays %2 until the DNS servers have it, usually a few seconds.</source>
        <extracomment>%1 is a zone name, %2 its status as the list shows it (&quot;Creating&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS servers did not take zone %1: its status is %2. Delete it and create it again; if that fails too, tell the cloud&apos;s administrators.</source>
        <extracomment>%1 is a zone name, %2 its status as the list shows it (&quot;Error&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DnsValidation</name>
    <message>
        <source>%1 is not a valid DNS name: use letters, digits and hyphens between dots, at most 63 characters between two dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record name cannot hold spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the zone %2: write a name that ends with .%2, or a name relative to the zone such as www.</source>
        <extracomment>%1 is a name, %2 a zone; both end with a dot</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: a full DNS name has at most 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1.</source>
        <extracomment>%1 says what is missing, e.g. &quot;the mail server&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address; this record needs a host name (point an A or AAAA record at the address and use that record&apos;s name here).</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid host name: use letters, digits and hyphens between dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TTL must be a whole number of seconds between 1 and %1 (3600 is one hour), or empty for the zone&apos;s TTL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the zone&apos;s domain name, such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a top-level domain: a zone is a domain such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the email address of the zone&apos;s administrator (it goes in the zone&apos;s SOA record), such as hostmaster@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TXT record needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotes of %1 do not pair up: write the text without quotes and Zenith quotes it, or close every quote (a quote inside the text is written \&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv6 address: it goes in an AAAA record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: write four numbers from 0 to 255 separated by dots, such as 203.0.113.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4 address: it goes in an A record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address, such as 2001:db8::5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name this name is an alias of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name server&apos;s host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MX record is a priority (0 to 65535, lower is tried first) and a mail server&apos;s host name, such as: 10 mail.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CAA record is flags (0, or 128 for critical), a tag (issue, issuewild or iodef) and a value, such as: 0 issue letsencrypt.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of an iodef CAA record is where to report refused certificates: a mailto: or https:// address, such as mailto:security@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate authority&apos;s domain, such as letsencrypt.org (or ; alone to forbid every authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CAA tag: use issue, issuewild or iodef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SRV record is a priority, a weight, a port (each 0 to 65535) and a target host name, such as: 10 60 5060 sip.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith cannot check records of type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNAME cannot be at the zone&apos;s own name %1: it would hide the zone&apos;s SOA and NS records. Use an A or AAAA record there, or a name such as www.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SRV record&apos;s name is _service._protocol, such as _sip._tcp or _xmpp-server._tcp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 records: a CNAME cannot share its name with other records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CNAME (an alias): it cannot hold other records. Delete the CNAME first, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 records: edit them to add a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number of the values box, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one value, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNAME points to one host name only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DnsZoneDialog</name>
    <message>
        <source>New DNS Zone</source>
        <extracomment>Dialog title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone holds the DNS records of a domain and of the names under it. Once it is active, point the domain&apos;s name servers at the cloud&apos;s at your registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostmaster@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3600 (default)</source>
        <extracomment>Placeholder of the TTL field: empty means the DNS service&apos;s default</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain name:</source>
        <extracomment>Field: the zone&apos;s domain name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <extracomment>Field: the zone administrator&apos;s email (SOA record)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TTL (seconds):</source>
        <extracomment>Field: default time to live of the records, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the DNS zone %1.</source>
        <extracomment>%1 is a zone name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::DnsZonesModel</name>
    <message>
        <source>Zone</source>
        <extracomment>Column: a DNS zone&apos;s domain name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column: the zone administrator&apos;s email (in the SOA record)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <extracomment>Column: default time to live of the zone&apos;s records, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <extracomment>Column: the SOA serial number, raised on every change of the zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <extracomment>DNS status: being created on the DNS servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <extracomment>DNS status: being deleted from the DNS servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>DNS status: a change is on its way to the DNS servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>DNS status: the DNS servers serve it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>DNS status: the DNS servers refused the change</extracomment>
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
    <name>zenith::FixedIpEditor</name>
    <message>
        <source>Add a fixed IP</source>
        <extracomment>Button under the fixed IPs of a port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free address</source>
        <extracomment>Placeholder of a fixed IP&apos;s address: left empty, Neutron picks a free address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this fixed IP</source>
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
    <message>
        <source>The project sees no flavors: an instance needs one for its size, so ask the cloud&apos;s administrators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::FloatingIpsModel</name>
    <message>
        <source>Not associated</source>
        <extracomment>Floating IPs table: the address is not associated to any port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IP</source>
        <extracomment>Column: the floating (public) address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Column: the external network the address comes from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed IP</source>
        <extracomment>Column: the private address the floating IP maps to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::FloatingIpsSection</name>
    <message>
        <source>Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disassociate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <extracomment>Network pane tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n floating IP(s)</source>
        <translation>
            <numerusform>%n floating IP</numerusform>
            <numerusform>%n floating IPs</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by address, instance or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the floating IPs. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External network to take the address from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate a floating IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (port %3)</source>
        <extracomment>A port to associate: %1 its instance (or &quot;free port&quot;), %2 its fixed IP, %3 the port&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port that %1 maps to:</source>
        <extracomment>%1 is the floating address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not associate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disassociate floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disassociate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1? The address goes back to the pool and may not come back to you.</source>
        <extracomment>%1 is the address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not release %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No floating IPs yet. Allocate one from an external network to reach an instance from the Internet.</source>
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
    <message>
        <source>The project sees no images: instances start from an image, so ask the cloud&apos;s administrators, or upload one with openstack image create.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::InUseText</name>
    <message>
        <source>Could not delete network “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete subnet “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete router “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interface at %1</source>
        <extracomment>A router&apos;s interface, by its address, e.g. &quot;an interface at 10.12.0.1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports still use it: instances or router interfaces are still connected to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still used by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports still have an address from it: instances or router interfaces use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses from it are still used by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still has interfaces on subnets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the router&apos;s interfaces (Routers tab, “Remove interface”)</source>
        <extracomment>What to do before deleting: remove router interfaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the instances or detach them from this network (Compute, Instances)</source>
        <extracomment>What to do before deleting: instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete those ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1, then delete it again.</source>
        <extracomment>%1 is the list of things to do first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and </source>
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
    <name>zenith::LabAccessPage</name>
    <message>
        <source>Access</source>
        <extracomment>A step of the lab wizard: key pair, domain and HTTPS certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you reach the lab: the SSH key its servers accept, and optionally a domain name with an HTTPS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You log in to the gateway with this key, and through it to the private servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. my-lab.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>DNS provider: no DNS records are created</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designate (the cloud&apos;s DNS)</source>
        <extracomment>DNS provider: OpenStack&apos;s DNS service</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud domain API</source>
        <extracomment>DNS provider: OVHcloud&apos;s domain API</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates A records for the domain and www, pointing at the gateway&apos;s public address. The zone must already exist there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: HTTPS needs a domain and an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Let&apos;s Encrypt&apos;s &amp;staging server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging certificates are not trusted by browsers, but a whole class can get them: the real service allows only a few certificates per domain and week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabCheckText</name>
    <message>
        <source>Every server is created and running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server is on the private network at its fixed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data volume is attached to the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each port has its security groups and each group its rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair exists and every server has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each server&apos;s post-install script finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway has a public and a private port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway holds the subnet&apos;s gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway may forward the private servers&apos; traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet&apos;s gateway, DHCP pool and DNS server are the lab&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the gateway has a public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s records point at the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web servers are in the lab&apos;s server group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server in ERROR or still building cannot serve anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration files name the servers by their fixed private addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB keeps its data on the volume, so the data outlives the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups are the lab&apos;s firewall: only the gateway is reachable from the Internet, and each server accepts only what its role needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the key pair&apos;s public key on the servers, SSH refuses you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running is not ready: each server&apos;s cloud-init prints a line on its console when the software is installed and configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is the lab&apos;s only door: one leg on the Internet, one on the private network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private servers send everything to the subnet&apos;s gateway address: the gateway must hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutron drops packets whose source is not the port&apos;s own address, such as the NATed replies coming back from the Internet, unless an allowed address pair (or port security off) lets them through.</source>
        <extracomment>%1 is the lab&apos;s name, the prefix of its resources</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP gives the servers their route and name server: they must be the lab&apos;s gateway and name server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private servers reach the Internet through the gateway&apos;s NAT and are reached through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain and www must resolve to the gateway&apos;s public address for the site and its certificate to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server group spreads the web servers over hosts, so that one host failing leaves the site up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the server&apos;s fault in the Compute area, delete it and resume the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the deployment: it creates the missing ports with their fixed addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the groups with the Plan page in the Network area, or tear the lab down and deploy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the key pair again; servers get a key only when created, so rebuild them (tear down, deploy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and verify again; if it stays red, read the server&apos;s console log in the Compute area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the deployment, or attach the missing port to the gateway in the Ports tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the gateway&apos;s private port&apos;s fixed address to the subnet&apos;s gateway address in the Ports tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the subnet in the Network area: gateway = the first address, DNS server = the name server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the public port or floating IP from the private server in the Network area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the records in the DNS area so that they hold the gateway&apos;s public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers join a group only when created: tear the web servers down and resume the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab %1: checklist</source>
        <extracomment>Title of the exported checklist; %1 is the lab&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>In the exported checklist, before what to do about a red check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the volume: openstack server add volume %1-db %1-db-data (or resume the deployment).</source>
        <extracomment>%1 is the lab&apos;s name, the prefix of its resources</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the allowed address pair 0.0.0.0/0 to the gateway&apos;s private port: openstack port set --allowed-address ip-address=0.0.0.0/0 %1-lb-private.</source>
        <extracomment>%1 is the lab&apos;s name, the prefix of its resources</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabCliRun</name>
    <message>
        <source>Cancelling: running steps finish, no new one starts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab “%1”: %2 steps, the longest chain of dependent steps is %3.</source>
        <extracomment>%1 lab name, %2 number of steps, %3 length of the longest chain of dependent steps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict with what the project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota (needed, used, limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota could not be read entirely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring did not answer in time (locked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the key pair “%1” from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-keyring: the lab&apos;s passwords are kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s passwords cannot be kept: %1. Run with --no-keyring to keep them in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: the plan conflicts with the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying lab “%1” (%2 steps; journal %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment cancelled after %1 s: run the same command again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment failed after %1 s: fix the cause above, then run the same command again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab “%1” deployed in %2 s (%3 API calls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site: http://%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to the gateway: ssh %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to a private server through the gateway: ssh -J %1@%2 %1@%3</source>
        <extracomment>the gateway is the jump host (ssh -J) to reach private servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of lab “%1” exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources of lab “%2” to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab “%1” torn down in %2 s (%3 API calls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teardown of lab “%1” incomplete after %2 s (%3 API calls): see the errors above, then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1” of %2 requested:</source>
        <extracomment>%1 snapshot name, %2 volume name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1” is available (%2 GiB). To restore, create a volume from it:</source>
        <extracomment>%1 snapshot name, %2 its size in GiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots of lab “%1” (%2):</source>
        <extracomment>%1 lab name, %2 number of snapshots</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume %1 does not exist: is lab “%2” deployed?</source>
        <extracomment>%1 volume name, %2 lab name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be snapshotted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  %3</source>
        <extracomment>A Heat event as a progress line: resource, Heat&apos;s status, Heat&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 of %2 servers ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting lab “%1” to Heat as the stack %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat could not create the lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat goes on with the stack %1: `openstack stack event list %1` follows it, `zenith lab teardown` deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment with Heat failed after %1 s: fix the cause above, delete the stack with `zenith lab teardown`, then deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <extracomment>A DNS record pointed at the lab&apos;s gateway: %1 its name, %2 the address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabHeatView</name>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the stack, with what it created so far (asked first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the stack…</source>
        <extracomment>Button under a failed Heat deployment: deletes the stack and what it made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted the stack %1 to Heat</source>
        <extracomment>%1 the stack&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the stack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy with Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the deployment? Heat deletes the stack %1 with everything it created so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat could not create %1:
%2</source>
        <extracomment>%1 the template&apos;s resource that failed (&quot;server_db&quot;), %2 Heat&apos;s reason, verbatim</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment cancelled: the stack and what it created are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing submitted to Heat yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack %1 is deleted: nothing of the lab remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the stack %1: Heat removes its resources in reverse order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stack %1 is complete: %n resource(s) created.</source>
        <extracomment>%1 the stack&apos;s name, %n its resources</extracomment>
        <translation>
            <numerusform>The stack %1 is complete: %n resource created.</numerusform>
            <numerusform>The stack %1 is complete: %n resources created.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stack %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack %1 is complete. Waiting for each server&apos;s software to be set up: %2 of %3 ready.</source>
        <extracomment>%1 the stack&apos;s name, %2 servers ready, %3 all of them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat is creating the stack %1: %2 of %3 resources created. Its events appear below as they happen.</source>
        <extracomment>%1 the stack&apos;s name, %2 resources created so far, %3 all of them; the events follow below</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointed %1 at %2</source>
        <extracomment>%1 a DNS name (&quot;www.example.org.&quot;), %2 the lab&apos;s public address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s A records could not be pointed at the lab: %1
The stack itself is complete. Delete it, correct the domain on the Access page, and deploy again.</source>
        <extracomment>%1 why (the DNS provider&apos;s answer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack %1 is complete, but the domain&apos;s records are not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack %1 is complete, but a server&apos;s setup failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabMachinesPage</name>
    <message>
        <source>Machines</source>
        <extracomment>A step of the lab wizard: images and flavors of the servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image and the size of each kind of server. The proposals are a Debian 12 image and the smallest flavor with at least 1 GiB of memory, enough for the tutorial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: the image (operating system) of a server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <extracomment>Column header: the flavor (size) of a server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load balancer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Suffix of a size in gibibytes in a spin box; mind the leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cinder volume attached to the database server holds MariaDB&apos;s data, so the data outlives the server and can be snapshotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vCPU(s), %2)</source>
        <extracomment>A flavor in its picker: %1 its name, %n vCPUs, %2 its memory (&quot;2 GiB&quot;)</extracomment>
        <translation>
            <numerusform>%1 (%n vCPU, %2)</numerusform>
            <numerusform>%1 (%n vCPUs, %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::LabPane</name>
    <message>
        <source>No keyring is available: the lab&apos;s database passwords are kept in memory until Zenith closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A step of the lab wizard in its step list: %1 its number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <extracomment>The wizard&apos;s Next button on the Plan page: it starts creating the lab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabPlanIssueText</name>
    <message>
        <source>load balancer</source>
        <extracomment>A role in the lab (used inside sentences)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web servers</source>
        <extracomment>A role in the lab (used inside sentences)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <extracomment>A role in the lab (used inside sentences)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name server</source>
        <extracomment>A role in the lab (used inside sentences)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lab a name: it starts the name of everything the lab creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters, so that names like NAME-web-group stay short.</source>
        <extracomment>%1 is the longest length allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and hyphens only, starting with a letter (e.g. lab or tp1-group2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the private range, e.g. 10.12.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address inside a range, not the range itself: the part after the last bits of the prefix must be zero (e.g. 10.12.0.0/16).</source>
        <extracomment>%1 is what was typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a prefix from /8 to /%1: the lab needs at least 128 addresses (fixed ones and a DHCP pool).</source>
        <extracomment>%1 is the longest prefix accepted (25)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This range overlaps the subnet %2 (%1) of your project: choose another one, e.g. 10.13.0.0/16.</source>
        <extracomment>%1 is the CIDR of an existing subnet, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an IPv4 network with its prefix length, e.g. 10.12.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from 1 to %1 web servers.</source>
        <extracomment>%1 is the largest number of web servers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a size from 1 to %1 GiB.</source>
        <extracomment>%1 is the largest volume size in GiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 of the %2 is not in this project: choose one from the list.</source>
        <extracomment>%1 an image name, %2 a role (load balancer, web servers…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image for the %1.</source>
        <extracomment>%1 a role (load balancer, web servers…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavor %1 of the %2 is not in this project: choose one from the list.</source>
        <extracomment>%1 a flavor name, %2 a role (load balancer, web servers…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flavor for the %1.</source>
        <extracomment>%1 a role (load balancer, web servers…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project sees no network named %1: choose its external network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an external network: the gateway needs one that reaches the Internet (Ext-Net on OVHcloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the public network the gateway sits on (Ext-Net on OVHcloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key pair %1 in this project: choose, import or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key pair, or import or generate one: without it you cannot log in to the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records and an HTTPS certificate need a domain: enter it, or choose None and leave the e-mail empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a domain name: letters, digits and hyphens, in labels separated by dots (e.g. my-lab.example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail address Let&apos;s Encrypt accepts (e.g. you@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internal zone %1 is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is already used by a %2 that is not this lab&apos;s: choose another lab name, or delete that resource.</source>
        <extracomment>%1 a resource name, %2 its kind (network, port…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of %1 go through OVHcloud&apos;s API, and no OVHcloud keys are stored for this cloud: enter them in the DNS pane (provider OVHcloud), or choose Designate or None.</source>
        <extracomment>%1 the lab&apos;s domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab is deployed with Heat as the stack %1: tear it down first, or choose another lab name.</source>
        <extracomment>%1 the Heat stack&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab %1 exists already on this cloud, deployed without Heat: a stack would duplicate it. Deploy resumes it; tear it down first to deploy it with Heat.</source>
        <extracomment>%1 the lab&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS zone of this project holds %1: create the zone of your domain in the DNS pane first, or choose None as the DNS service.</source>
        <extracomment>%1 the lab&apos;s domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabPlanPage</name>
    <message>
        <source>Plan</source>
        <extracomment>A step of the lab wizard: what will be created, before anything is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait until each server&apos;s software is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running is not ready: the wizard watches each server&apos;s console for the line its post-install script prints at the end. Clouds whose consoles stay empty (test clouds with a fake hypervisor) never print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every command, in order, as a shell script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve plan as lab.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as a file that `zenith lab deploy --config lab.yaml` reads: a teacher can deploy it for a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Heat template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same lab as a Heat (HOT) template, for `openstack stack create`. It holds newly generated database passwords: keep the file private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab was deployed (or started) before on this cloud. Deploy resumes it: what exists is found by its tag and kept, only what is missing is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <extracomment>Tooltip of a plan step: the ids of the steps it waits for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deploying creates these %n resource(s), in this order; steps that do not depend on each other run in parallel (the longest chain has %1 steps). Nothing is created until you press Deploy.</source>
        <extracomment>%n steps; %1 the number of steps on the longest chain of dependent steps</extracomment>
        <translation>
            <numerusform>Deploying creates these %n resource, in this order; steps that do not depend on each other run in parallel (the longest chain has %1 steps). Nothing is created until you press Deploy.</numerusform>
            <numerusform>Deploying creates these %n resources, in this order; steps that do not depend on each other run in parallel (the longest chain has %1 steps). Nothing is created until you press Deploy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a cloud to deploy the lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the project for conflicts and quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan clashes with what the project holds:</source>
        <extracomment>Followed by a bulleted list of conflicts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be checked for conflicts; you may deploy anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No conflicts, but the lab exceeds %n quota(s) of the project (see Quota): the deployment will stop there.</source>
        <extracomment>%n quotas the lab exceeds</extracomment>
        <translation>
            <numerusform>No conflicts, but the lab exceeds %n quota of the project (see Quota): the deployment will stop there.</numerusform>
            <numerusform>No conflicts, but the lab exceeds %n quotas of the project (see Quota): the deployment will stop there.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts with the project, and the quota has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts with the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <extracomment>The quota limit of a resource when there is none</extracomment>
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
        <source>Part of the quota could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project&apos;s limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab %1, as openstack commands, in dependency order.</source>
        <extracomment>First lines of the exported script; %1 is the lab&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab plans (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Heat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat templates (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy &amp;with Heat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submits the same lab to Heat as one stack, which the cloud builds on its own: for labs that outlive this session. Teardown then deletes the stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy with Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the lab “%2” to Heat as the stack “%1”?

Heat, the cloud&apos;s orchestration service, then creates every resource of the plan by itself, in dependency order; Zenith shows the stack&apos;s events as they happen. The database passwords travel as hidden parameters.

The lab then belongs to the stack: tearing it down deletes the stack, and Heat deletes everything it created.</source>
        <extracomment>%1 the stack&apos;s name, %2 the lab&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy with Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes what this lab has on the cloud (its tagged resources, or its Heat stack), after showing you the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabResultPage</name>
    <message>
        <source>Result</source>
        <extracomment>The last step of the lab wizard: addresses, SSH commands and the checklist</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes everything the lab created, after showing you the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Tooltip of a button copying a command or address to the clipboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab is not deployed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab %1 is up: open %2 — each reload may answer from another web server.</source>
        <extracomment>%1 the lab&apos;s name, %2 a link to its web site</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to the gateway:</source>
        <extracomment>Label of the SSH command of the gateway (the load balancer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>Under a check of the lab&apos;s checklist: why it matters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked here: this cloud does not show what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>Under a red check of the lab&apos;s checklist: what to do</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) are green.</source>
        <extracomment>%n checks</extracomment>
        <translation>
            <numerusform>All %n check are green.</numerusform>
            <numerusform>All %n checks are green.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) are red: the fix is under each.</source>
        <extracomment>%n red checks; the fix is shown under each</extracomment>
        <translation>
            <numerusform>%n check are red: the fix is under each.</numerusform>
            <numerusform>%n checks are red: the fix is under each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist could not be saved to %1: %2</source>
        <extracomment>%1 a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabRunPage</name>
    <message>
        <source>%1 s</source>
        <extracomment>Time a lab step took, in seconds, e.g. &quot;2.4 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <extracomment>Steps of the lab wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tear down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete these resources</source>
        <extracomment>Confirms the teardown after its dry run listed what will be deleted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes what this run created, after showing you the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying lab %1; every resource carries the tag %2.</source>
        <extracomment>%1 is the lab&apos;s name, %2 its tag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of the lab found.</source>
        <extracomment>%n resources found for the teardown&apos;s dry run</extracomment>
        <translation>
            <numerusform>%n resource of the lab found.</numerusform>
            <numerusform>%n resources of the lab found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tearing down lab %1…</source>
        <extracomment>%1 is the lab&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop deploying? What is created stays; Deploy again later resumes where it stopped, or Tear down deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tearing down? What is not deleted yet stays; tear down again later to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the steps under way finish, no new one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <extracomment>Log line: %1 a step (kind and name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>Log line: %1 a step (kind and name), %2 the new resource&apos;s id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there: %1</source>
        <extracomment>Log line of a resumed deployment: %1 a step (kind and name), %2 its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A lab step in the log: %1 its kind (Port, Server…), %2 the resource&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <extracomment>%1 a step (kind and name); the error&apos;s explanation follows on the next lines</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab is deployed, in %1 and %2 API calls.</source>
        <extracomment>%1 a duration (&quot;4.2 s&quot;), %2 a number of API calls</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab is torn down, in %1 and %2 API calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment cancelled. What was created stays: deploy again to resume, or tear the lab down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teardown cancelled. What was not deleted yet stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped before every step was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <extracomment>Progress bar text: %v steps over, %m steps in all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deployed yet: the Plan step starts the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to tear down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n resource(s) tagged %1 will be deleted, in this order. Nothing else is touched.</source>
        <extracomment>%n resources; %1 the lab&apos;s tag</extracomment>
        <translation>
            <numerusform>Dry run: %n resource tagged %1 will be deleted, in this order. Nothing else is touched.</numerusform>
            <numerusform>Dry run: %n resources tagged %1 will be deleted, in this order. Nothing else is touched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of the lab %1 remains on the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying %1: independent steps run in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tearing down %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab %1 is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab %1 is torn down: nothing of it remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n step(s) failed.</source>
        <extracomment>%n failed steps</extracomment>
        <translation>
            <numerusform>Stopped: %n step failed.</numerusform>
            <numerusform>Stopped: %n steps failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the resources tagged %1, and for the Heat stack %2…</source>
        <extracomment>%1 is the lab&apos;s tag, %2 the name of the Heat stack a lab deployed with Heat has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n deletion(s) for the lab %1, in this order; the Heat stack %2 takes everything it created with it. Nothing else is touched.</source>
        <extracomment>%n steps; %1 the lab&apos;s name, %2 its Heat stack</extracomment>
        <translation>
            <numerusform>Dry run: %n deletion for the lab %1; the Heat stack %2 takes everything it created with it. Nothing else is touched.</numerusform>
            <numerusform>Dry run: %n deletions for the lab %1, in this order; the Heat stack %2 takes everything it created with it. Nothing else is touched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::LabSettingsPage</name>
    <message>
        <source>Lab</source>
        <extracomment>The first step of the lab wizard: the lab&apos;s name, network and shape</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab is a small web site the way an expert would build it: a gateway that is also the load balancer, web servers, a database and a name server on a private network. Nothing is created before the Plan step shows you everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lab or tp1-group2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix of every resource name, and the tag that finds them again to resume or tear the lab down.</source>
        <extracomment>Tooltip of the lab name field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external network the gateway&apos;s public port is on (Ext-Net on OVHcloud).</source>
        <extracomment>Tooltip of the public network picker of the lab wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of the web servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soft anti-affinity (recommended)</source>
        <extracomment>A Nova server group policy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the web servers on different hosts when the cloud has several, and still deploys on a one-host cloud such as a small test cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anti-affinity</source>
        <extracomment>A Nova server group policy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires a different host for each web server: on a cloud with fewer hosts than web servers, the extra servers fail to be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway and anti-spoofing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed address &amp;pair 0.0.0.0/0 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps Neutron&apos;s port security and security groups on the gateway&apos;s private port, and lets it forward the private servers&apos; traffic to and from the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches anti-spoofing off on that port altogether: it forwards anything, and no security group protects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway takes the range&apos;s first address, the name server the second, the database the third, the web servers the eleventh onwards; DHCP hands out the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway takes %1, the name server %2, the database %3 and the web server %4; DHCP hands out %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway takes %1, the name server %2, the database %3 and the web servers %4 to %5; DHCP hands out %6 to %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabSnapshotBox</name>
    <message>
        <source>Database snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is the cloud&apos;s own copy of the database volume at one moment: to restore, create a new volume from it and attach it to the database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshot the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots the volume %1 while it stays attached (--force): the copy is what a power cut would have left on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <extracomment>Columns of the list of the lab&apos;s database snapshots</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be snapshotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s snapshots could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the volume %1…</source>
        <extracomment>%1 the database volume&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 of the lab&apos;s database</source>
        <extracomment>%1 snapshot name; shown beside its `openstack` command</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1: %2…</source>
        <extracomment>%1 snapshot name, %2 its status (Creating, Available…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is available. To restore it: %2</source>
        <extracomment>%1 snapshot name, %2 the `openstack` command that restores it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot of the database yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::LabStepText</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server ready</source>
        <extracomment>A lab step: waiting until the server&apos;s post-install script printed that it is ready</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>State of a lab step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>State of a lab step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>State of a lab step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <extracomment>State of a lab step: the resource existed already (a resumed deployment)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>State of a lab step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>State of a lab step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>State of a lab step: nothing had to be done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat stack</source>
        <extracomment>A lab step: the Heat stack that deployed the lab (deleting it deletes what Heat created)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <extracomment>A lab step&apos;s kind within a log line (&quot;Created network lab-net&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security group rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record</source>
        <comment>in a sentence</comment>
        <extracomment>Within a log line (&quot;Deleted DNS record www.example.org.&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat stack</source>
        <comment>in a sentence</comment>
        <extracomment>Within a log line (&quot;Deleted Heat stack lab-stack&quot;)</extracomment>
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
    <name>zenith::NetworksModel</name>
    <message>
        <source>Shared</source>
        <extracomment>Networks table: the network is shared with other projects</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <extracomment>Networks table: an external network (router gateways, floating IPs)</extracomment>
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
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <extracomment>Column: shared with other projects or not</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: the network is external (router gateways, floating IPs) or internal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Neutron status of a network, router, port or floating IP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>Neutron status: not forwarding traffic (e.g. a floating IP not associated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::NetworksSection</name>
    <message>
        <source>Delete network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete network “%1” and its subnets? Instances and routers must not use it any more.</source>
        <extracomment>%1 is the network&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete subnet “%1” (%2)?</source>
        <extracomment>%1 is the subnet&apos;s name, %2 its range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subnet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subnet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete subnet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets of the selected network</source>
        <extracomment>Title above the subnets table of the Networks tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <extracomment>Network pane tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message>
        <source>Search networks by name, subnet, range or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the networks. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <extracomment>%1 is the network&apos;s current name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename network “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No networks yet. Create one for the lab: a private network 10.12.0.0/16 that only your instances reach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::OvhCredentialsDialog</name>
    <message>
        <source>OVHcloud API Keys</source>
        <extracomment>Dialog title: the keys of OVHcloud&apos;s API</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud Europe (eu.api.ovh.com)</source>
        <extracomment>An OVHcloud API platform; the host name stays as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud Canada (ca.api.ovh.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud US (api.us.ovhcloud.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud&apos;s DNS is not an OpenStack service: Zenith reaches it through OVHcloud&apos;s own API, which signs every call with three keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Button: try the OVHcloud keys and keep them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <extracomment>Field: which OVHcloud API platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consumer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith demo cloud (simulated, no account needed)</source>
        <extracomment>The demo cloud&apos;s simulation of OVHcloud&apos;s API, chosen in the endpoint list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cloud simulates OVHcloud&apos;s API with the zone zenith-lab.example: its keys are filled in. Connect to try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the keys at %1 with the rights GET, POST, PUT and DELETE on /domain/*. Zenith keeps the application secret and the consumer key in your system keyring.</source>
        <extracomment>%1 is a web address to copy into a browser</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application key (AK), as shown when you created the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application secret (AS), as shown when you created the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consumer key (CK), as shown when you created the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the DNS zones these OVHcloud keys may manage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::OvhErrorText</name>
    <message>
        <source>OVHcloud refused the signature of the request: the application secret does not go with this application key. Copy both again from the page where you created them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud does not know this consumer key, or it has expired or been revoked. Check it, or create new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud does not know this application key. Check it, or create new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud refused the time of the request: this computer&apos;s clock is too far from OVHcloud&apos;s. Set the clock right (automatic date and time), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud did not accept these keys. Check the application key, the application secret and the consumer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys may not do this: the consumer key&apos;s rights lack this call. Create keys with GET, POST, PUT and DELETE on /domain/*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is gone: it was deleted, perhaps in OVHcloud&apos;s control panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud has no such zone for these keys: the domain is not in this account, or its DNS is not hosted at OVHcloud.</source>
        <extracomment>%1 is a DNS zone (a domain)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud has no zone %1 for these keys: the domain is not in this account, or its DNS is not hosted at OVHcloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record already exists in the zone: OVHcloud does not keep the same record twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud refused the record&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith could not reach OVHcloud&apos;s API. Check your network connection and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVHcloud&apos;s API did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::PortDialog</name>
    <message>
        <source>Edit Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for example lb-private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed IPs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups:</source>
        <extracomment>Label of the list of security groups to apply to a port (several may be checked)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed addresses:</source>
        <extracomment>Label of the allowed address pairs editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port security (anti-spoofing and security groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove its security groups and allowed addresses in the same change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port only sends from its own addresses (and its allowed addresses), and its security groups filter what comes in and goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With port security off the port accepts and sends all traffic: no security group filters it and no address is checked. Neutron needs the port&apos;s security groups and allowed addresses removed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the port %1.</source>
        <extracomment>%1 a port&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the port %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::PortErrorText</name>
    <message>
        <source>The address %1 is already used by another port of this subnet (an instance, a router interface or the DHCP port). Choose another address, or free this one first.</source>
        <extracomment>%1 an IP address; a router interface or a DHCP port often holds the subnet&apos;s first addresses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security cannot be off while the port has security groups: remove the groups in the same change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed address pairs need port security on: remove the pairs, or keep port security on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not inside the chosen subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet has no free address left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same allowed address is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a router: remove the router&apos;s interface (or gateway) instead, and the port goes with it.</source>
        <extracomment>%1 a port&apos;s name; router ports go with the router interface or gateway</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::PortForm</name>
    <message>
        <source>%1 is not an IP address (for example 10.12.0.1).</source>
        <extracomment>%1 is what the user typed as an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not of the same IP version as the subnet %2.</source>
        <extracomment>%1 an address, %2 a subnet&apos;s CIDR such as 10.12.0.0/16</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2: choose an address inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the address of the subnet %2 itself: no interface can have it.</source>
        <extracomment>%1 an address such as 10.12.0.0, %2 the subnet&apos;s CIDR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the broadcast address of the subnet %2: no interface can have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR (0.0.0.0/0 lets the port forward any IPv4 traffic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid CIDR: write an address, a slash and a prefix length (for example 10.12.0.0/16 or 0.0.0.0/0).</source>
        <extracomment>%1 is what the user typed as a CIDR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set: the network of this prefix is %2.</source>
        <extracomment>%1 typed CIDR, %2 the network address it should start with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IP address or a CIDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a MAC address (six pairs of hexadecimal digits, for example fa:16:3e:12:34:56).</source>
        <extracomment>%1 is what the user typed as a MAC address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the network the port is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subnet for each fixed IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <extracomment>%1 an IP address listed twice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security cannot be turned off while the port has security groups: remove them too (Neutron refuses otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security cannot be turned off while the port has allowed address pairs: remove them too (Neutron refuses otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::PortOwners</name>
    <message>
        <source>instance “%1”</source>
        <extracomment>Who uses a port: %1 is the instance&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interface of router “%1”</source>
        <extracomment>Who uses a port: %1 is the router&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway of router “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DHCP service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port “%1”, attached to nothing</source>
        <extracomment>Who uses a port: %1 is the port&apos;s name or id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port of %1</source>
        <extracomment>Who uses a port: %1 is Neutron&apos;s device_owner, e.g. &quot;network:distributed&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::PortsModel</name>
    <message>
        <source>router %1</source>
        <extracomment>The device of a port: a router, %1 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <extracomment>A port no instance or router uses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Port security of a port: on (anti-spoofing and security groups apply) or off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Attached to</source>
        <extracomment>Column: what uses the port (an instance or a router)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column: Neutron&apos;s device_owner in words (instance, router interface, DHCP...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::PortsSection</name>
    <message>
        <source>Ports</source>
        <extracomment>Network pane tab: the project&apos;s Neutron ports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router %1</source>
        <extracomment>A router in the device filter of the Ports tab, %1 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <extracomment>Network filter of the Ports tab: no filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <extracomment>Device filter of the Ports tab: no filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ports by name, address, MAC or device</source>
        <extracomment>Placeholder of the search box of the Ports tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ports of one network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ports of one instance or router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a port with chosen fixed IPs, for example the lab&apos;s 10.12.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the port&apos;s fixed IPs, port security, security groups and allowed addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud to see its ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading ports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no ports yet. Instances get one per network when they launch; create one yourself to choose its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ports could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 saved.</source>
        <extracomment>%1 a port&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the router %2: Neutron refuses to delete it directly. Remove the router&apos;s interface instead (%3), and the port goes with it.</source>
        <extracomment>%1 a port, %2 a router, %3 the command that removes the interface</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the port %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance %1 uses it: it loses this interface and its addresses.</source>
        <extracomment>%1 the instance using the port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its fixed IPs go back to their subnets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Port…</source>
        <extracomment>Button in the empty Ports tab</extracomment>
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
    <name>zenith::RoutersModel</name>
    <message>
        <source>None</source>
        <extracomment>Routers table: the router has no external gateway</extracomment>
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
        <source>External gateway</source>
        <extracomment>Column: the external network a router&apos;s gateway is on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway IP</source>
        <extracomment>Column: the router&apos;s address on the external network</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces (subnets)</source>
        <extracomment>Column: the subnets a router joins</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::RoutersSection</name>
    <message>
        <source>Create router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lab-router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no internet access)</source>
        <extracomment>Choice of external network: the router gets no gateway</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External gateway:</source>
        <extracomment>Form label: the external network of the router&apos;s gateway</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the router a name, for example lab-router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set external gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External network for the gateway of “%1”:</source>
        <extracomment>%1 is the router&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the gateway of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clear the gateway of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet to join to “%1” (the router takes its gateway address):</source>
        <extracomment>%1 is the router&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not join “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet to detach from “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not detach “%1” from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete router “%1”? Its subnets lose their way out.</source>
        <extracomment>%1 is the router&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routers</source>
        <extracomment>Network pane tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n router(s)</source>
        <translation>
            <numerusform>%n router</numerusform>
            <numerusform>%n routers</numerusform>
        </translation>
    </message>
    <message>
        <source>Search routers by name, gateway, subnet or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the routers. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;The cloud did not answer in time.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routers yet. A router joins a private network to an external one; the lab needs none, as its load balancer is the private network&apos;s gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupDialog</name>
    <message>
        <source>New Security Group</source>
        <extracomment>Title of the dialog that makes a new security group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Security Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security group is a firewall for the instances in it. A new group lets every outgoing connection out and nothing in: add rules for what should come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances keep the group under its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web, database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the group is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name: commands and the instance launcher show groups by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long: Neutron keeps 255 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“default” is the name of the group Neutron makes for every project: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 characters long: Neutron keeps 255 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group is already called %1: two groups with one name can only be told apart by their ids. Choose another name.</source>
        <extracomment>%1 is a security group name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the security group %1.</source>
        <extracomment>%1 is a security group name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames the security group and sets its description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupRulesModel</name>
    <message>
        <source>Rule</source>
        <extracomment>Column: what a security group rule allows, in one sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Column: incoming or outgoing traffic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethertype</source>
        <extracomment>Column: IPv4 or IPv6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <extracomment>Column: the port range (or the ICMP type and code)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>Column: where the traffic comes from (a CIDR or a security group)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupTexts</name>
    <message>
        <source>%1 is still used by ports, the network interfaces of instances (or of a router or a load balancer), so Neutron keeps it. Remove the group from them first (Compute &gt; Instances, or `openstack server remove security group SERVER %2`), or delete those instances. `openstack port list --security-group %2` lists the ports that use it.</source>
        <extracomment>%1 is a security group name; the commands are typed as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project keeps its default group: Neutron gives it to instances launched without a group. Change its rules instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted. %2</source>
        <extracomment>%1 is a security group name, %2 the reason (several lines)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group already has this very rule: nothing needs adding.</source>
        <extracomment>%1 is the id of the rule that exists already</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group already has this very rule (%1): nothing needs adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the ports, the protocol or the remote to allow something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be added.</source>
        <extracomment>The reason (several lines) follows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“default” is the name of the group Neutron makes for every project: choose another name, and the default group cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Column: how many rules a security group has</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SecurityGroupsSection</name>
    <message>
        <source>Security Groups</source>
        <extracomment>Network pane tab: the project&apos;s security groups (firewalls of instances)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups by name or description</source>
        <extracomment>Placeholder of the search box of the Security groups tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <extracomment>Button: make a new security group (opens a dialog)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Button: rename the selected security group or change its description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <extracomment>Button: add a rule to the selected security group (opens the rule editor)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <extracomment>Title above the rules table; %1 is a security group name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group to see its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <extracomment>Count next to the search box; or &quot;%1 of %2&quot; when it filters</extracomment>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud to see your security groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading security groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security groups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security groups could not be listed.</source>
        <extracomment>Shown above (or instead of) the groups table when listing them failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 created: it lets every outgoing connection out and nothing in. Add rules for what should come in.</source>
        <extracomment>%1 is a security group name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of a confirmation: delete</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Security Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the security group %1 and its rules?</source>
        <extracomment>%1 is a security group name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutron refuses while instances use it. Rules of other groups that let its members in go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the security group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n rule(s) of %1?</source>
        <translation>
            <numerusform>Delete these %n rule of %1?</numerusform>
            <numerusform>Delete these %n rules of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Instances in the group stop accepting that traffic at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 could not be deleted. %2</source>
        <extracomment>%1 is a rule id, %2 the reason (several lines)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n security group rule(s).</source>
        <translation>
            <numerusform>Deletes %n security group rule.</numerusform>
            <numerusform>Deletes %n security group rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::SecurityRuleDialog</name>
    <message>
        <source>Add a Rule to %1</source>
        <extracomment>Title of the rule editor; %1 is a security group name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule lets traffic through the group&apos;s firewall: instances in the group accept what a rule allows and drop the rest. Start from a common service or fill in the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP (ping)</source>
        <extracomment>Preset: ICMP, which ping uses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL/MariaDB (3306)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS (53)</source>
        <extracomment>Preset: DNS on port 53, UDP and TCP (two rules)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules: DNS answers over UDP, and over TCP for large answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (ingress)</source>
        <extracomment>Rule direction: traffic that comes to the instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (egress)</source>
        <extracomment>Rule direction: traffic that the instances send</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP and TCP (two rules)</source>
        <extracomment>Protocol choice that adds two rules, one per protocol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>Protocol choice: every protocol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a protocol, or type its number from 0 to 255 (47 is GRE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: anywhere (0.0.0.0/0 or ::/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address block</source>
        <extracomment>Remote choice: an address block in CIDR notation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of group</source>
        <extracomment>Remote choice: the instances that are in a security group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why the rule is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common:</source>
        <extracomment>Label of the preset buttons (SSH, HTTP...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethertype:</source>
        <extracomment>Label: IPv4 or IPv6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote:</source>
        <extracomment>Label: where the traffic comes from (or goes to)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type:</source>
        <extracomment>Label: first port of a range; for ICMP rules the ICMP type instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: every type (8 is ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: every port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: every code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the first port only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SecurityRuleInput</name>
    <message>
        <source>“%1” is not an address block: type one like 10.12.0.0/16 (IPv4) or 2001:db8::/32 (IPv6), or leave the field empty for anywhere.</source>
        <extracomment>%1 is what the user typed in the Remote address field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv6 block but the rule is for IPv4: choose IPv6, or type an IPv4 block such as 10.12.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4 block but the rule is for IPv6: choose IPv4, or type an IPv6 block such as 2001:db8::/32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address inside a block, not a block: did you mean %2?</source>
        <extracomment>%1 is what the user typed, %2 the block it lies in (e.g. 10.12.0.5/16 and 10.12.0.0/16)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICMP type is a number from 0 to 255 (8 is ping&apos;s echo request), or leave it empty for every type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the ICMP type too: a code only means something for one type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICMP code is a number from 0 to 255, or leave it empty for every code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ports: a rule for it allows all of its traffic. Clear the ports, or choose TCP or UDP.</source>
        <extracomment>%1 is a protocol name such as GRE or Any</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first port of the range too, or leave both ports empty for every port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last port (%1) comes before the first (%2): swap them, or leave the last port empty for a single port.</source>
        <extracomment>%1 and %2 are port numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a protocol: choose TCP, UDP, ICMP or Any, or type a protocol number from 0 to 255 (47 is GRE).</source>
        <extracomment>%1 is what the user typed as the protocol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group whose members the rule lets in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 characters long: Neutron keeps 255 at most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SecurityRuleSentence</name>
    <message>
        <source>echo reply</source>
        <extracomment>ICMP type 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination unreachable</source>
        <extracomment>ICMP type 3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo request, ping</source>
        <extracomment>ICMP type 8: what ping sends</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time exceeded</source>
        <extracomment>ICMP type 11</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>Protocol of a rule that allows every protocol</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <extracomment>An IP protocol given by its number, e.g. &quot;Protocol 47&quot; (GRE)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>ICMP rule: every ICMP type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 (%2)</source>
        <extracomment>%1 is an ICMP type number, %2 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <extracomment>%1 is &quot;Type 3 (destination unreachable)&quot;, %2 an ICMP code number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Port range of a TCP or UDP rule that allows every port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <extracomment>Remote of a rule: the members of a security group; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <extracomment>Remote of a rule: every address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <extracomment>Direction of a rule: traffic the instances send</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <extracomment>Direction of a rule: traffic coming into the instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is ICMP or ICMPv6, %2 the type: &quot;ICMP type 8 (echo request, ping)&quot;
----------
%1 is a protocol, %2 a port or a range: &quot;TCP 443&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on every port</source>
        <extracomment>%1 is a protocol: &quot;TCP on every port&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members of group %1</source>
        <extracomment>Where traffic comes from or goes to: the instances in a security group; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all outgoing %1 traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all outgoing %1 traffic to %2</source>
        <extracomment>%1 is IPv4 or IPv6, %2 a CIDR or &quot;members of group web&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all incoming %1 traffic from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all incoming %1 traffic from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 to anywhere</source>
        <extracomment>%1 is e.g. &quot;UDP 53&quot; or &quot;ICMP&quot;: traffic that instances send</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outgoing %1 to anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 to %2</source>
        <extracomment>%1 is e.g. &quot;UDP 53&quot; or &quot;ICMP&quot;, %2 a CIDR or &quot;members of group web&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outgoing %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 from anywhere</source>
        <extracomment>%1 is e.g. &quot;TCP 443&quot; or &quot;ICMP&quot;: traffic instances receive</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow incoming %1 from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 from %2</source>
        <extracomment>%1 is e.g. &quot;TCP 3306&quot; or &quot;ICMP&quot;, %2 a CIDR or &quot;members of group web&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow incoming %1 from %2</source>
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
    <name>zenith::SnapshotsModel</name>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
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
        <source>Source volume</source>
        <extracomment>Column: the volume the snapshot was taken of</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SnapshotsSection</name>
    <message>
        <source>The snapshots could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <extracomment>Volumes pane tab: snapshots of the project&apos;s volumes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is being created: see the Volumes tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n snapshot(s)?</source>
        <translation>
            <numerusform>Delete these %n snapshot?</numerusform>
            <numerusform>Delete these %n snapshots?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their volumes stay as they are; the copies kept in the snapshots are gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n snapshot(s).</source>
        <translation>
            <numerusform>Deletes %n snapshot.</numerusform>
            <numerusform>Deletes %n snapshots.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search snapshots by name, status or volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Volume…</source>
        <extracomment>Button: make a new volume holding the selected snapshot&apos;s data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud to see your volume snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no volume snapshots yet.
A snapshot keeps a volume&apos;s data as it is now: take one in the Volumes tab, and make new volumes from it here.</source>
        <extracomment>The empty Snapshots tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SshKeyFileIconProvider</name>
    <message>
        <source>SSH public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PuTTY private key (stays here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH private key (stays here)</source>
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
    <name>zenith::SubnetDialog</name>
    <message>
        <source>e.g. lab-net</source>
        <extracomment>Placeholder of the network name field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lab-subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First address</source>
        <extracomment>Gateway choice: Neutron picks the first address of the range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Gateway choice: the address typed next to it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway</source>
        <extracomment>Gateway choice: the subnet has no gateway</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One range a line, e.g. 10.12.0.10 - 10.12.0.200. Empty: the whole range.</source>
        <extracomment>Placeholder: one allocation pool a line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.1.1.1, 9.9.9.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One route a line, e.g. 192.168.0.0/24 via 10.12.0.254</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand out addresses with DHCP</source>
        <extracomment>Checkbox: DHCP hands out addresses on the subnet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (CIDR):</source>
        <extracomment>Form label: the subnet&apos;s address range in CIDR notation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation pools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host routes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subnet to “%1”</source>
        <extracomment>Dialog title: %1 is the network&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subnet “%1”</source>
        <extracomment>Dialog title: %1 is the subnet&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent:</source>
        <extracomment>Shown above the problems of the subnet form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the subnet on “%1”.</source>
        <extracomment>%1 is the network&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subnet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SubnetForm</name>
    <message>
        <source>Give the network a name, for example lab-net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the subnet&apos;s range in CIDR notation, for example 10.12.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a range in CIDR notation: write the first address, a slash and the prefix length, for example 10.12.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not start its range: did you mean %2?</source>
        <extracomment>%1 is what was typed, %2 the range it denotes, e.g. 10.12.0.0/16</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /%1 range leaves no address for instances: use /%2 or shorter, for example /24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2, the range of subnet “%3” on network “%4”: choose a range that shares no address with it.</source>
        <extracomment>%1 the new range, %2 the range it overlaps, %3 that subnet&apos;s name, %4 its network&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s address, or choose “No gateway”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 is outside %2: give an address of the subnet, for example %3.</source>
        <extracomment>%3 is an example address, the range&apos;s first usable one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the network or broadcast address of %2, which no host can use: give another address, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the allocation pools, “%2”, is not a range: write its first and last address, for example 10.12.0.10 - 10.12.0.200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 is not inside %2: it must lie between %3 and %4.</source>
        <extracomment>%1 the pool, %2 the subnet&apos;s range, %3 and %4 its first and last usable address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 holds the gateway %2, which Neutron would then hand to an instance: make the pool start after it or end before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pools %1 and %2 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address: DNS name servers are given by address, for example 1.1.1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice among the DNS name servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subnet takes at most %1 DNS name servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the host routes, “%2”, is not a route: write the destination range and the next hop, for example 192.168.0.0/24 via 10.12.0.254.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::SubnetsModel</name>
    <message>
        <source>None</source>
        <extracomment>Subnets table: the subnet has no gateway</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Subnets table: DHCP on or off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <extracomment>A host route: destination range, then the next hop, e.g. &quot;192.168.0.0/24 via 10.12.0.254&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (CIDR)</source>
        <extracomment>Column: the subnet&apos;s range, e.g. 10.12.0.0/16</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation pools</source>
        <extracomment>Column: the address ranges Neutron hands out to ports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host routes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::TableSection</name>
    <message>
        <source>Sign in to a cloud to see this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::TopologyLayout</name>
    <message>
        <source>external gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway of %1</source>
        <extracomment>A badge on a port&apos;s link in the topology diagram: the port holds this subnet&apos;s gateway IP.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port security off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed %1</source>
        <extracomment>A badge: the port&apos;s allowed address pairs (addresses it may send from), e.g. &quot;allowed 0.0.0.0/0&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating %1</source>
        <extracomment>A badge: the public floating IP mapped to this port.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <extracomment>A port&apos;s Neutron status (DOWN, BUILD), kept in English as the API says it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (external, shared)</source>
        <extracomment>Follows a network&apos;s name in the topology diagram.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · gateway %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed for this project: known only from a port or a router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free port</source>
        <extracomment>A port that no instance or router uses, in the topology diagram.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>&quot;instance · ACTIVE&quot;: what a box is, then its status as the API says it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>In a tooltip: a port&apos;s addresses on a network (&quot;lab-net: 10.12.0.1&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External gateway of the router (source NAT for its subnets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the gateway IP of %1: the subnet&apos;s traffic to other networks leaves through this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security off: no anti-spoofing and no security groups on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed address pairs: %1 (the port may send from these addresses, as a NAT gateway does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IP %1 maps to this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External network (router:external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network, with its subnets: range · gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port without a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device that is not an instance or router of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port, with its fixed IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port holding its subnet&apos;s gateway IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway of: the subnet&apos;s traffic leaves through this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port security off: no anti-spoofing, no security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed address pairs: may send from other addresses (NAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IP: a public address mapped to the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::TopologySection</name>
    <message>
        <source>Topology</source>
        <extracomment>The tab with the diagram of networks, routers and instances.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>Zooms the diagram so that all of it shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n router(s)</source>
        <translation>
            <numerusform>%n router</numerusform>
            <numerusform>%n routers</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the networks, routers, ports and instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No networks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the resources of the diagram. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::TopologyView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::VolumeActions</name>
    <message>
        <source>automatic, e.g. /dev/vdb</source>
        <extracomment>Placeholder of the optional device field of the attach dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no instances to attach the volume to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume appears as a new disk in the instance; format and mount it there the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <extracomment>%1 is a volume name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches %1 to the instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaches %1 from the instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume is attached: Cinder grows it while the instance runs (microversion 3.42; a cloud whose storage cannot do that refuses, then detach it first). The openstack command needs --os-volume-api-version 3.42 for this. Grow the file system inside the instance afterwards, e.g. with resize2fs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume can grow, never shrink. Grow its file system after the next attach, e.g. with resize2fs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extends %1 to %n GiB.</source>
        <translation>
            <numerusform>Extends %1 to %n GiB.</numerusform>
            <numerusform>Extends %1 to %n GiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the volume is attached and in use, so the snapshot is taken with --force: data the instance has not written to disk yet is missing from it. Stop the instance or unmount the volume first for a consistent copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot keeps the volume&apos;s data as it is now; create a volume from it to get the data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a snapshot of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot of %1 could be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is being created: see the Snapshots tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the volume %1 and all its data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n volumes and all their data?</source>
        <translation>
            <numerusform>Delete these %n volumes and all their data?</numerusform>
            <numerusform>Delete these %n volumes and all their data?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone: the data is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n volume(s).</source>
        <translation>
            <numerusform>Deletes %n volume.</numerusform>
            <numerusform>Deletes %n volumes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::VolumeCreateDialog</name>
    <message>
        <source>Create Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db-data</source>
        <extracomment>Placeholder of the volume name field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Suffix of the size field: gibibytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Volume type choice: let Cinder use the cloud&apos;s default type
----------
Availability zone choice: let Cinder choose</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty volume</source>
        <extracomment>Source of a new volume: nothing on it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Source of a new volume: a copy of a Glance image (bootable)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <extracomment>Source of a new volume: restore a snapshot</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>Form label: the volume type (storage class)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Button of the create volume dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sna&amp;pshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n GiB for this image. The volume will be bootable.</source>
        <translation>
            <numerusform>At least %n GiB for this image. The volume will be bootable.</numerusform>
            <numerusform>At least %n GiB for this image. The volume will be bootable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n GiB: the size of the snapshot.</source>
        <translation>
            <numerusform>At least %n GiB: the size of the snapshot.</numerusform>
            <numerusform>At least %n GiB: the size of the snapshot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes are in GiB (1 GiB = 1024 MiB); the quota counts every GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinder refused to create the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the volume %1.</source>
        <extracomment>%1 is a volume name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::VolumeCreateForm</name>
    <message>
        <source>Give the volume a name: you will pick it by name when you attach it, and the openstack command refers to it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; Cinder accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name starts or ends with a space: remove it, it is easy to miss when typing the name in a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image to copy onto the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 cannot be copied yet: its status is %2, not active.</source>
        <extracomment>%1 is an image name, %2 its Glance status (e.g. queued)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the snapshot to restore into the new volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be restored yet: its status is %2, not available.</source>
        <extracomment>%1 is a snapshot name, %2 its status (e.g. creating)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be at least 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The image %1 needs a volume of at least %n GiB.</source>
        <extracomment>%1 is an image name</extracomment>
        <translation>
            <numerusform>The image %1 needs a volume of at least %n GiB.</numerusform>
            <numerusform>The image %1 needs a volume of at least %n GiB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The snapshot %1 was taken of a %n GiB volume: the new volume must be at least as large.</source>
        <extracomment>%1 is a snapshot name</extracomment>
        <translation>
            <numerusform>The snapshot %1 was taken of a %n GiB volume: the new volume must be at least as large.</numerusform>
            <numerusform>The snapshot %1 was taken of a %n GiB volume: the new volume must be at least as large.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zenith::VolumeRules</name>
    <message>
        <source>%1 is already attached: detach it first (a volume is used by one instance at a time).</source>
        <extracomment>%1 is a volume name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: it can be attached once it is available.</source>
        <extracomment>%1 is a volume name, %2 its Cinder status (e.g. creating)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not attached to any instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: wait until it is in-use to detach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached, and this cloud only extends detached volumes: detach it, extend it, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: it can be extended once it is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new size must be larger than the current %n GiB: Cinder can grow a volume, never shrink it.</source>
        <translation>
            <numerusform>The new size must be larger than the current %n GiB: Cinder can grow a volume, never shrink it.</numerusform>
            <numerusform>The new size must be larger than the current %n GiB: Cinder can grow a volume, never shrink it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: it can be snapshotted once it is available or in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached to the instance %2: detach it first.</source>
        <extracomment>%1 is a volume name, %2 an instance name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached to an instance: detach it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n snapshot(s): delete them first (Snapshots tab), or keep the volume.</source>
        <translation>
            <numerusform>%1 has %n snapshot: delete them first (Snapshots tab), or keep the volume.</numerusform>
            <numerusform>%1 has %n snapshots: delete them first (Snapshots tab), or keep the volume.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: it can be deleted once that is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinder refuses to delete a volume that is attached to an instance, has snapshots, or is busy (being created, attached, extended...). Detach it and delete its snapshots first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinder refuses to snapshot an attached volume unless forced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinder can grow a volume, never shrink it: the new size must be larger than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud refuses to extend an attached volume: detach it, extend it, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::VolumeStatus</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <extracomment>Volume status: attached to an instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying image</source>
        <extracomment>Volume status: an image is being copied onto it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to image</source>
        <extracomment>Volume status: being copied into an image</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <extracomment>Volume status: held for an attachment about to start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (extending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (deleting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (restoring)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zenith::VolumesModel</name>
    <message>
        <source>%1 GiB</source>
        <extracomment>A volume&apos;s size in gibibytes</extracomment>
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
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1 as %2</source>
        <extracomment>Tooltip line: %1 an instance name, %2 a device like /dev/vdb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown device</source>
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
        <source>Type</source>
        <extracomment>Column: the volume type (storage class)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootable</source>
        <extracomment>Column: whether an instance can boot from the volume</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <extracomment>Column: the instance (and device) the volume is attached to</extracomment>
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
</context>
<context>
    <name>zenith::VolumesSection</name>
    <message>
        <source>Volumes</source>
        <extracomment>Volumes pane tab: the project&apos;s block storage volumes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search volumes by name, status, type or instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty volume, or one from an image or a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the selected volume to an instance, as a new disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the selected volume from its instance; its data stays on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow the selected volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshot…</source>
        <extracomment>Button: take a snapshot of the selected volume</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the selected volume&apos;s data as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a cloud to see your volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no volumes yet.
A volume is a disk that outlives instances: create one, attach it to an instance, and keep your data on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a volume to see its attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volumes selected.</source>
        <translation>
            <numerusform>%n volumes selected.</numerusform>
            <numerusform>%n volumes selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 GiB, ID %4</source>
        <extracomment>Details line: %1 a volume name, %2 its status, %3 its size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached to any instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1 as %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volumes could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Volume…</source>
        <extracomment>Button in the empty Volumes tab</extracomment>
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
