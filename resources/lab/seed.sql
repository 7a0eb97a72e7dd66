-- The lab's database: the web servers' account (from the private range only) and the row the
-- page shows. Idempotent: it runs again when a new server finds the data on the volume.
DELETE FROM mysql.global_priv WHERE User = '';
CREATE DATABASE IF NOT EXISTS {{databaseName}} CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '{{databaseUser}}'@'{{webClients}}' IDENTIFIED BY '{{databasePassword}}';
ALTER USER '{{databaseUser}}'@'{{webClients}}' IDENTIFIED BY '{{databasePassword}}';
GRANT SELECT ON {{databaseName}}.* TO '{{databaseUser}}'@'{{webClients}}';
CREATE TABLE IF NOT EXISTS {{databaseName}}.greeting (
    id INT PRIMARY KEY,
    message VARCHAR(200) NOT NULL
);
INSERT IGNORE INTO {{databaseName}}.greeting VALUES (1, 'Hello from the database of the lab {{lab}}');
-- root keeps logging in through the Unix socket (the setup scripts) and gets a password for the rest.
ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('{{rootPassword}}');
FLUSH PRIVILEGES;
