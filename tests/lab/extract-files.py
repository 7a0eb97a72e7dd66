#!/usr/bin/env python3
"""Writes the files of a #cloud-config's write_files into a directory (by base name), so that the
real tools check exactly what the user data would install. Usage: extract-files.py USERDATA DIR"""
import os
import sys

import yaml

with open(sys.argv[1], encoding="utf-8") as f:
    config = yaml.safe_load(f)
os.makedirs(sys.argv[2], exist_ok=True)
for entry in config.get("write_files", []):
    with open(os.path.join(sys.argv[2], os.path.basename(entry["path"])), "w", encoding="utf-8") as out:
        out.write(entry["content"])
print(config.get("final_message", ""))
