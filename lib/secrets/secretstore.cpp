#include "secretstore.h"

#include "core/whenfinished.h"

#include <QPromise>
#include <QRandomGenerator>

#include <memory>

namespace zenith {

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

QString SecretStore::probeKey()
{
    return QStringLiteral("zenith-keyring-probe");
}

QFuture<SecretStore::WriteResult> SecretStore::probe()
{
    // Two probes at once would overwrite each other's value and read back the wrong one.
    if (!m_probe.isFinished())
        return m_probe;
    auto promise = std::make_shared<QPromise<WriteResult>>();
    promise->start();
    m_probe = promise->future();
    const auto settle = [promise](const WriteResult& result) {
        promise->addResult(result);
        promise->finish();
    };
    const QString value = QString::number(QRandomGenerator::global()->generate64(), 16);
    whenFinished(write(probeKey(), value), this, [this, value, settle](const WriteResult& written) {
        if (!written) {
            settle(written);
            return;
        }
        whenFinished(read(probeKey()), this, [this, value, settle](const ReadResult& readBack) {
            WriteResult verdict;
            if (!readBack)
                verdict = readBack.error();
            else if (readBack.value() != value)
                verdict = SecretError{SecretError::Kind::Other,
                                      QStringLiteral("The keyring returned another value than the one stored")};
            // Answer only once the entry is gone, so that no caller ever sees it; a failed clean-up
            // does not change the verdict, the keyring works or not already.
            whenFinished(remove(probeKey()), this, [verdict, settle](const WriteResult&) { settle(verdict); });
        });
    });
    return m_probe;
}

} // namespace zenith
