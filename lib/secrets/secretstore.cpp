#include "secretstore.h"

#include "core/whenfinished.h"

#include <QPromise>
#include <QRandomGenerator>

#include <memory>

namespace zenith {

namespace {

const QString kProbeKey = QStringLiteral("zenith-keyring-probe");

} // namespace

QFuture<SecretStore::WriteResult> SecretStore::probe()
{
    auto promise = std::make_shared<QPromise<WriteResult>>();
    promise->start();
    const auto settle = [promise](const WriteResult& result) {
        promise->addResult(result);
        promise->finish();
    };
    const QString value = QString::number(QRandomGenerator::global()->generate64(), 16);
    whenFinished(write(kProbeKey, value), this, [this, value, settle](const WriteResult& written) {
        if (!written) {
            settle(written);
            return;
        }
        whenFinished(read(kProbeKey), this, [this, value, settle](const ReadResult& read) {
            remove(kProbeKey);
            if (!read)
                settle(read.error());
            else if (read.value() != value)
                settle(SecretError{SecretError::Kind::Other,
                                   QStringLiteral("The keyring returned another value than the one stored")});
            else
                settle(WriteResult());
        });
    });
    return promise->future();
}

} // namespace zenith
