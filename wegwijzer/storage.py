"""Static files with a content hash in every name, so browsers may keep them for a year."""

from whitenoise.storage import CompressedManifestStaticFilesStorage

# The zone map (an SVG shown in an iframe) links its stylesheet by a relative path in an
# xml-stylesheet instruction; Django only rewrites CSS and JS references out of the box.
XML_STYLESHEET = (
    r"""(?P<matched><\?xml-stylesheet type="text/css" href="(?P<url>[^"]+)")""",
    '<?xml-stylesheet type="text/css" href="%(url)s"',
)


class HashedStaticFilesStorage(CompressedManifestStaticFilesStorage):
    patterns = (
        *CompressedManifestStaticFilesStorage.patterns,
        ("*.svg", (XML_STYLESHEET,)),
    )
