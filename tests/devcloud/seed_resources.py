#!/usr/bin/env python3
"""Idempotently create baseline resources (flavors, images, networks, router, an
application credential) for Zenith's contract suite.

Uses openstacksdk with the clouds.yaml entries devcloud-admin / devcloud-demo
($OS_CLIENT_CONFIG_FILE), and appends devcloud-demo-appcred to that file.
All addresses below are database values only: nothing is plumbed anywhere.
"""
import os

import openstack

admin = openstack.connect(cloud="devcloud-admin")
demo = openstack.connect(cloud="devcloud-demo")

# ---- flavors (public) -------------------------------------------------------
# m1.* as devstack names them, d2-*/b2-7 as OVHcloud does.
for name, ram, vcpus, disk in (("m1.nano", 128, 1, 1), ("m1.tiny", 512, 1, 1),
                               ("m1.small", 2048, 1, 20), ("m1.medium", 4096, 2, 40),
                               ("d2-2", 2048, 1, 25), ("d2-4", 4096, 2, 50),
                               ("b2-7", 7168, 2, 50)):
    if not admin.compute.find_flavor(name):
        admin.compute.create_flavor(name=name, ram=ram, vcpus=vcpus, disk=disk)
        print("  created flavor", name)

# ---- image: 1 KiB of bytes, raw/bare, public --------------------------------
img = admin.image.find_image("tiny")
if not img or img.status != "active":
    if img:
        admin.image.delete_image(img)
    admin.image.create_image(name="tiny", data=b"\0" * 1024, disk_format="raw",
                             container_format="bare", visibility="public",
                             allow_duplicates=True)
    print("  uploaded image tiny")
for name, distro in (("Debian 12", "debian"), ("Ubuntu 22.04", "ubuntu")):
    img = admin.image.find_image(name)
    if not img or img.status != "active":
        if img:
            admin.image.delete_image(img)
        admin.image.create_image(name=name, data=b"\0" * 1024, disk_format="raw",
                                 container_format="bare", visibility="public",
                                 allow_duplicates=True, os_distro=distro)
        print("  uploaded image", name)

# ---- external network ("public", flat) ---------------------------------------
pub = admin.network.find_network("public")
if not pub:
    pub = admin.network.create_network(name="public", is_router_external=True,
                                       provider_network_type="flat",
                                       provider_physical_network="public",
                                       is_shared=False)
    print("  created network public")
if not admin.network.find_subnet("public-subnet"):
    admin.network.create_subnet(name="public-subnet", network_id=pub.id, ip_version=4,
                                cidr="203.0.113.0/24", gateway_ip="203.0.113.1",
                                allocation_pools=[{"start": "203.0.113.10",
                                                   "end": "203.0.113.250"}],
                                is_dhcp_enabled=False)
    print("  created subnet public-subnet")

# ---- OVHcloud-like public network: shared + external, instances attach to it directly ----
ext = admin.network.find_network("Ext-Net")
if not ext:
    ext = admin.network.create_network(name="Ext-Net", is_router_external=True, is_shared=True,
                                       provider_network_type="flat",
                                       provider_physical_network="extnet")
    print("  created network Ext-Net (shared, external)")
if not admin.network.find_subnet("Ext-Net-subnet"):
    admin.network.create_subnet(name="Ext-Net-subnet", network_id=ext.id, ip_version=4,
                                cidr="198.51.100.0/24", gateway_ip="198.51.100.1",
                                allocation_pools=[{"start": "198.51.100.10",
                                                   "end": "198.51.100.250"}],
                                is_dhcp_enabled=False)
    print("  created subnet Ext-Net-subnet")

# ---- demo project: private network + router ----------------------------------
priv = demo.network.find_network("private")
if not priv:
    priv = demo.network.create_network(name="private")
    print("  created network private (demo)")
sub = demo.network.find_subnet("private-subnet")
if not sub:
    sub = demo.network.create_subnet(name="private-subnet", network_id=priv.id,
                                     ip_version=4, cidr="10.0.0.0/24",
                                     dns_nameservers=[])
    print("  created subnet private-subnet (demo)")
rtr = demo.network.find_router("router1")
if not rtr:
    rtr = demo.network.create_router(name="router1",
                                     external_gateway_info={"network_id": pub.id})
    demo.network.add_interface_to_router(rtr, subnet_id=sub.id)
    print("  created router1 (demo)")
# ---- application credential for demo, and its clouds.yaml entry ----------------
APPCRED_NAME, APPCRED_SECRET = "zenith-contract", "devcloud-appcred-secret"
demo_user = demo.identity.get_user(demo.current_user_id)
cred = next((c for c in demo.identity.application_credentials(demo_user)
             if c.name == APPCRED_NAME), None)
if not cred:
    cred = demo.identity.create_application_credential(demo_user, APPCRED_NAME,
                                                       secret=APPCRED_SECRET)
    print("  created application credential", APPCRED_NAME)
clouds_file = os.environ["OS_CLIENT_CONFIG_FILE"]
with open(clouds_file) as f:
    text = f.read()
if "devcloud-demo-appcred:" not in text:
    with open(clouds_file, "a") as f:
        f.write(f"""  devcloud-demo-appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: {demo.config.auth['auth_url']}
      application_credential_id: {cred.id}
      application_credential_secret: {APPCRED_SECRET}
    region_name: RegionOne
    identity_api_version: 3
""")
print("seed ok")
