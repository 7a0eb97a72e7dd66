#include "labsteptext.h"

#include "common/icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace zenith {

QString LabStepText::kind(LabStepKind kind)
{
    switch (kind) {
    case LabStepKind::Network: return tr("Network");
    case LabStepKind::Subnet: return tr("Subnet");
    case LabStepKind::SecurityGroup: return tr("Security group");
    case LabStepKind::SecurityGroupRule: return tr("Security group rule");
    case LabStepKind::Port: return tr("Port");
    case LabStepKind::ServerGroup: return tr("Server group");
    case LabStepKind::Volume: return tr("Volume");
    case LabStepKind::Server: return tr("Server");
    case LabStepKind::ServerReady:
        //: A lab step: waiting until the server's post-install script printed that it is ready
        return tr("Server ready");
    case LabStepKind::VolumeAttachment: return tr("Volume attachment");
    case LabStepKind::RecordSet: return tr("DNS record");
    case LabStepKind::VolumeSnapshot: return tr("Volume snapshot");
    case LabStepKind::Stack:
        //: A lab step: the Heat stack that deployed the lab (deleting it deletes what Heat created)
        return tr("Heat stack");
    }
    return {};
}

QString LabStepText::kindInSentence(LabStepKind kind)
{
    switch (kind) {
    //: A lab step's kind within a log line ("Created network lab-net")
    case LabStepKind::Network: return tr("network");
    case LabStepKind::Subnet: return tr("subnet");
    case LabStepKind::SecurityGroup: return tr("security group");
    case LabStepKind::SecurityGroupRule: return tr("security group rule");
    case LabStepKind::Port: return tr("port");
    case LabStepKind::ServerGroup: return tr("server group");
    case LabStepKind::Volume: return tr("volume");
    case LabStepKind::Server: return tr("server");
    case LabStepKind::ServerReady: return tr("server ready");
    case LabStepKind::VolumeAttachment: return tr("volume attachment");
    //: Within a log line ("Deleted DNS record www.example.org.")
    case LabStepKind::RecordSet: return tr("DNS record", "in a sentence");
    case LabStepKind::VolumeSnapshot: return tr("volume snapshot");
    //: Within a log line ("Deleted Heat stack lab-stack")
    case LabStepKind::Stack: return tr("Heat stack", "in a sentence");
    }
    return {};
}

QString LabStepText::state(LabStepState state)
{
    switch (state) {
    case LabStepState::Pending:
        //: State of a lab step
        return tr("Waiting");
    case LabStepState::Running:
        //: State of a lab step
        return tr("Running");
    case LabStepState::Done:
        //: State of a lab step
        return tr("Done");
    case LabStepState::AlreadyThere:
        //: State of a lab step: the resource existed already (a resumed deployment)
        return tr("Already there");
    case LabStepState::Failed:
        //: State of a lab step
        return tr("Failed");
    case LabStepState::Cancelled:
        //: State of a lab step
        return tr("Cancelled");
    case LabStepState::Skipped:
        //: State of a lab step: nothing had to be done
        return tr("Skipped");
    }
    return {};
}

QIcon LabStepText::stateIcon(LabStepState state)
{
    QColor colour;
    switch (state) {
    case LabStepState::Pending: colour = QColor(0x9e, 0x9e, 0x9e); break;
    case LabStepState::Running: colour = QColor(0x1e, 0x88, 0xe5); break;
    case LabStepState::Done: colour = QColor(0x2e, 0x9d, 0x48); break;
    case LabStepState::AlreadyThere: colour = QColor(0x00, 0x89, 0x7b); break;
    case LabStepState::Failed: colour = QColor(0xd3, 0x2f, 0x2f); break;
    case LabStepState::Cancelled: colour = QColor(0xef, 0x8f, 0x00); break;
    case LabStepState::Skipped: colour = QColor(0x9e, 0x9e, 0x9e); break;
    }
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 16.0;
        const QRectF disc(1.5 * s, 1.5 * s, 13 * s, 13 * s);
        const bool hollow = state == LabStepState::Pending || state == LabStepState::Skipped;
        painter.setPen(QPen(colour, 1.5 * s));
        painter.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(colour));
        painter.drawEllipse(disc);
        painter.setPen(QPen(hollow ? colour : QColor(Qt::white), 1.8 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        QPainterPath mark;
        switch (state) {
        case LabStepState::Done:
        case LabStepState::AlreadyThere:
            mark.moveTo(4.8 * s, 8.2 * s);
            mark.lineTo(7 * s, 10.4 * s);
            mark.lineTo(11.2 * s, 5.8 * s);
            break;
        case LabStepState::Failed:
            mark.moveTo(5.5 * s, 5.5 * s);
            mark.lineTo(10.5 * s, 10.5 * s);
            mark.moveTo(10.5 * s, 5.5 * s);
            mark.lineTo(5.5 * s, 10.5 * s);
            break;
        case LabStepState::Running:
            mark.moveTo(6.5 * s, 5 * s);
            mark.lineTo(10.5 * s, 8 * s);
            mark.lineTo(6.5 * s, 11 * s);
            break;
        case LabStepState::Cancelled:
        case LabStepState::Skipped:
            mark.moveTo(5 * s, 8 * s);
            mark.lineTo(11 * s, 8 * s);
            break;
        case LabStepState::Pending: break;
        }
        painter.drawPath(mark);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon LabStepText::kindIcon(LabStepKind kind)
{
    switch (kind) {
    case LabStepKind::Network:
    case LabStepKind::Subnet:
    case LabStepKind::Port: return Icons::icon(QStringLiteral("network"));
    case LabStepKind::SecurityGroup:
    case LabStepKind::SecurityGroupRule: return Icons::icon(QStringLiteral("key"));
    case LabStepKind::Volume:
    case LabStepKind::VolumeSnapshot:
    case LabStepKind::VolumeAttachment: return Icons::icon(QStringLiteral("volumes"));
    case LabStepKind::RecordSet: return Icons::icon(QStringLiteral("dns"));
    case LabStepKind::Stack:
    case LabStepKind::ServerGroup:
    case LabStepKind::Server:
    case LabStepKind::ServerReady: return Icons::icon(QStringLiteral("compute"));
    }
    return {};
}

} // namespace zenith
