"""Cinder back end for the dev cloud: cinder's own FakeLoggingVolumeDriver, plus the two
operations it leaves to LVM, so that they succeed as on a real back end.

FakeLoggingVolumeDriver creates no logical volume, so LVM's extend_volume (lvextend) and
copy_image_to_volume (qemu-img onto /dev/mapper/...) fail, and volumes end in error_extending
or error. The contract suite checks what a working cloud does: the volume grows, and a volume
made from an image is bootable with the image's metadata (set by cinder's create flow, not by
the driver). No data is copied anywhere.
"""

from oslo_log import log as logging

from cinder.tests.fake_driver import FakeLoggingVolumeDriver

LOG = logging.getLogger(__name__)


class ZenithDevCloudVolumeDriver(FakeLoggingVolumeDriver):
    def extend_volume(self, volume, new_size):
        LOG.info("dev cloud: extend volume %s to %s GiB (nothing to grow)", volume.id, new_size)

    def copy_image_to_volume(self, context, volume, image_service, image_id):
        LOG.info("dev cloud: image %s to volume %s (no data copied)", image_id, volume.id)

    def copy_image_to_encrypted_volume(self, context, volume, image_service, image_id):
        LOG.info("dev cloud: image %s to encrypted volume %s (no data copied)", image_id, volume.id)
