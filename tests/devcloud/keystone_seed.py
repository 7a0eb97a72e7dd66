#!/usr/bin/env python3
"""Idempotently create the devcloud identity data through the Keystone v3 REST API.

usage: keystone_seed.py AUTH_URL ADMIN_PASS DEMO_PASS SERVICE_PASS HEAT_DOMAIN_PASS

One Python process instead of ~60 `openstack` CLI calls (each CLI call costs
~1.5 s of CPU on this 2-core machine).
"""
import sys

import requests

AUTH, ADMIN_PASS, DEMO_PASS, SVC_PASS, HEAT_PASS = sys.argv[1:6]
H = "http://127.0.0.1"

s = requests.Session()
r = s.post(AUTH + "/auth/tokens", json={"auth": {
    "identity": {"methods": ["password"], "password": {"user": {
        "name": "admin", "domain": {"id": "default"}, "password": ADMIN_PASS}}},
    "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}})
r.raise_for_status()
s.headers["X-Auth-Token"] = r.headers["X-Subject-Token"]


def find(kind, **flt):
    r = s.get(f"{AUTH}/{kind}", params=flt)
    r.raise_for_status()
    items = r.json()[kind]
    return items[0] if items else None


def ensure(kind, body, **flt):
    one = kind[:-1]
    obj = find(kind, **flt)
    if obj:
        return obj
    r = s.post(f"{AUTH}/{kind}", json={one: body})
    if r.status_code >= 400:
        sys.exit(f"create {one} {body}: {r.status_code} {r.text}")
    print(f"  created {one} {body.get('name', body.get('url', ''))}")
    return r.json()[one]


def grant(role, user, project=None, domain=None):
    target = f"projects/{project['id']}" if project else f"domains/{domain['id']}"
    r = s.put(f"{AUTH}/{target}/users/{user['id']}/roles/{role['id']}")
    r.raise_for_status()


roles = {n: ensure("roles", {"name": n}, name=n)
         for n in ("admin", "member", "reader", "service",
                   "heat_stack_owner", "heat_stack_user")}
service_p = ensure("projects", {"name": "service", "domain_id": "default",
                                "description": "service users"},
                   name="service", domain_id="default")
demo_p = ensure("projects", {"name": "demo", "domain_id": "default",
                             "description": "demo project"},
                name="demo", domain_id="default")
admin_p = find("projects", name="admin", domain_id="default")
admin_u = find("users", name="admin", domain_id="default")
demo_u = ensure("users", {"name": "demo", "domain_id": "default",
                          "password": DEMO_PASS, "default_project_id": demo_p["id"]},
                name="demo", domain_id="default")
grant(roles["member"], demo_u, demo_p)
# A second project for demo, so that switching projects can be tested.
demo2_p = ensure("projects", {"name": "demo2", "domain_id": "default",
                              "description": "second demo project"},
                 name="demo2", domain_id="default")
grant(roles["member"], demo_u, demo2_p)
grant(roles["reader"], demo_u, demo_p)
grant(roles["heat_stack_owner"], demo_u, demo_p)
grant(roles["admin"], admin_u, demo_p)          # admin can also act in demo
grant(roles["heat_stack_owner"], admin_u, admin_p)

for name in ("glance", "placement", "nova", "neutron", "cinder", "designate", "heat"):
    u = ensure("users", {"name": name, "domain_id": "default", "password": SVC_PASS,
                         "default_project_id": service_p["id"]},
               name=name, domain_id="default")
    grant(roles["admin"], u, service_p)
    grant(roles["service"], u, service_p)

# Heat stack-user domain
heat_d = ensure("domains", {"name": "heat", "description": "Heat stack users"}, name="heat")
heat_admin = ensure("users", {"name": "heat_domain_admin", "domain_id": heat_d["id"],
                              "password": HEAT_PASS},
                    name="heat_domain_admin", domain_id=heat_d["id"])
grant(roles["admin"], heat_admin, domain=heat_d)

CATALOG = [
    # (service name, type, url)
    ("glance", "image", f"{H}:9292"),
    ("placement", "placement", f"{H}:8778"),
    ("nova", "compute", f"{H}:8774/v2.1"),
    ("neutron", "network", f"{H}:9696"),
    # With the project in the path, as OVHcloud and most public clouds publish Cinder.
    ("cinderv3", "volumev3", f"{H}:8776/v3/%(project_id)s"),
    ("cinder", "block-storage", f"{H}:8776/v3/%(project_id)s"),
    ("designate", "dns", f"{H}:9001"),
    ("heat", "orchestration", f"{H}:8004/v1/%(project_id)s"),
]
for name, typ, url in CATALOG:
    svc = ensure("services", {"name": name, "type": typ, "enabled": True}, type=typ)
    for iface in ("public", "internal", "admin"):
        ep = ensure("endpoints", {"service_id": svc["id"], "interface": iface, "url": url,
                                  "region_id": "RegionOne", "enabled": True},
                    service_id=svc["id"], interface=iface)
        if ep["url"] != url:  # an older seed published another URL: move it
            s.patch(f"{AUTH}/endpoints/{ep['id']}", json={"endpoint": {"url": url}}).raise_for_status()
            print(f"  moved {typ} {iface} endpoint to {url}")
print("keystone seed ok")
