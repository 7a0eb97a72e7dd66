#!/usr/bin/env bash

export OS_AUTH_TYPE=v3applicationcredential
export OS_AUTH_URL=http://203.0.113.10/identity
export OS_IDENTITY_API_VERSION=3
export OS_REGION_NAME="RegionOne"
export OS_INTERFACE=public
export OS_APPLICATION_CREDENTIAL_ID=4f1c2a9be0d34c6f8a7b5e3d2c1b0a99
export OS_APPLICATION_CREDENTIAL_SECRET=Xq9-fake-secret_for-tests-only_7Lr2
