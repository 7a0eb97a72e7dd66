#!/bin/sh
# Setup of {{server}}, one of the lab's web servers: Nginx and PHP-FPM serving the lab's page.
set -eu
. /etc/zenith-lab/common.sh

site() {
    php=$(basename "$(find /etc/php -mindepth 1 -maxdepth 1 -type d | sort -V | tail -n 1)")
    install -m 640 /etc/zenith-lab/php-pool.conf "/etc/php/$php/fpm/pool.d/zenith-lab.conf"
    install -d -m 755 {{root}}
    install -m 644 /etc/zenith-lab/index.php {{root}}/index.php
    install -m 644 /etc/zenith-lab/nginx-site.conf /etc/nginx/sites-available/zenith-lab
    ln -sf ../sites-available/zenith-lab /etc/nginx/sites-enabled/zenith-lab
    rm -f /etc/nginx/sites-enabled/default
    nginx -t -q
    systemctl restart "php$php-fpm" nginx
}

step "packages" apt_install nginx php-fpm php-mysql
step "site" site
