#include <QTest>
class T : public QObject { Q_OBJECT private Q_SLOTS: void t() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(T)
#include "placeholder.moc"
