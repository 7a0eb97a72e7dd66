#include "contract.h"

#include "image/getimagerequest.h"
#include "image/listimagesrequest.h"

using namespace zenith;
using namespace zenith::contract;

// Glance v2: the images a student picks from, paged with Glance's "next" link.
class ContractImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listPagesThroughEveryImage()
    {
        ListImagesRequest onePerPage;
        onePerPage.limit = 1;
        auto paged = callAll(onePerPage);
        CONTRACT_OK(paged);
        auto whole = call(ListImagesRequest{});
        CONTRACT_OK(whole);
        QVERIFY2(paged->size() >= 3, "the dev cloud seeds at least three images");
        QCOMPARE(paged->size(), whole->items.size());
        QStringList ids;
        for (const Image& i : paged.value())
            ids.append(i.id);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), paged->size());
    }

    void filterByNameAndShow()
    {
        ListImagesRequest byName;
        byName.name = QStringLiteral("Debian 12");
        auto found = call(byName);
        CONTRACT_OK(found);
        QCOMPARE(found->items.size(), 1);
        const Image& listed = found->items.first();
        QCOMPARE(listed.status, QStringLiteral("active"));
        QCOMPARE(listed.osDistro, QStringLiteral("debian"));

        auto shown = call(GetImageRequest{listed.id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->name, QStringLiteral("Debian 12"));
        QCOMPARE(shown->size, listed.size);
        QCOMPARE(shown->visibility, QStringLiteral("public"));
    }

    void unknownImageIsNotFound()
    {
        auto missing = call(GetImageRequest{QStringLiteral("00000000-0000-0000-0000-000000000000")});
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
        QCOMPARE(missing.error().message,
                 QStringLiteral("No image found with ID 00000000-0000-0000-0000-000000000000"));
    }
};

ZENITH_CONTRACT_TEST(ContractImage)
#include "contract_image.moc"
