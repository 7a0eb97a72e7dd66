#pragma once

#include "stackoutput.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zenith {

//! A Heat stack as stack show (and, without outputs, stack list) describes it.
struct Stack
{
    QString id;
    QString name;         //!< "stack_name"
    QString status;       //!< "stack_status": CREATE_IN_PROGRESS, CREATE_COMPLETE, CREATE_FAILED, DELETE_…
    QString statusReason; //!< "stack_status_reason": Heat's words, naming the failing resource on *_FAILED
    QString description;
    QList<StackOutput> outputs; //!< empty in lists and once the stack is deleted
    QStringList tags;
    QDateTime creationTime;
    QDateTime updatedTime;

    //! The stack's action is done (…_COMPLETE) or failed (…_FAILED): nothing moves any more.
    bool isSettled() const;
    bool isFailed() const { return status.endsWith(QStringLiteral("_FAILED")); }

    static Result<Stack> fromJson(const QJsonObject& json);
};

} // namespace zenith
