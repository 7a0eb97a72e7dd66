<?php
// The lab's page: a row read from the database over the private network, and which web server
// answered, so that HAProxy's round robin shows. Settings come from the PHP-FPM pool's environment.
declare(strict_types=1);

mysqli_report(MYSQLI_REPORT_OFF);
$server = getenv('ZENITH_WEB_SERVER') ?: gethostname();
$db = @new mysqli(
    (string) getenv('ZENITH_DB_HOST'),
    (string) getenv('ZENITH_DB_USER'),
    (string) getenv('ZENITH_DB_PASSWORD'),
    (string) getenv('ZENITH_DB_NAME'),
    (int) getenv('ZENITH_DB_PORT')
);
if ($db->connect_errno) {
    http_response_code(503);
    $message = 'The database does not answer: ' . $db->connect_error;
} else {
    $result = $db->query('SELECT message FROM greeting ORDER BY id LIMIT 1');
    $row = $result ? $result->fetch_row() : null;
    $message = $row ? (string) $row[0] : 'The greeting table is empty.';
    $db->close();
}
header('Content-Type: text/html; charset=utf-8');
header('X-Zenith-Web-Server: ' . $server);
$html = fn (string $text): string => htmlspecialchars($text, ENT_QUOTES);
?>
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Zenith lab</title></head>
<body>
<h1><?= $html($message) ?></h1>
<p>Served by <strong><?= $html($server) ?></strong>.</p>
</body>
</html>
