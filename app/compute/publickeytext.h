#pragma once

#include "compute/keypairname.h"
#include "compute/publickeyfile.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! Words for what a chosen file or pasted text really is (PublicKeyFile) and for a key pair name
//! Nova would refuse (KeypairName): what it is, and what to pick or type instead.
class PublicKeyText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::PublicKeyText)

public:
    //! Why `file` cannot be imported, and what to do instead; empty for an accepted key.
    //! `fileName` is the file's name when it came from a file (empty for pasted text).
    static QString refusal(const PublicKeyFile& file, const QString& fileName = {});
    //! Why Nova would refuse `name`; empty when it accepts it.
    static QString nameProblem(const QString& name);
    //! A local file as people read it: "~/.ssh/id_ed25519.pub" under the home folder.
    static QString shownPath(const QString& path);
    //! "Ed25519", "RSA", "ECDSA P-256"…: a key type in words.
    static QString typeName(const QString& type);

private:
    static QString privateKeyAdvice(const QString& fileName);
};

} // namespace zenith
