"""Reading what the open data hands out: API bodies and the two downloads, unpacked."""

import gzip
import io
import json
import zipfile


def download_texts(response) -> dict[str, str]:
    """{file name: text} of a download response: the zip's members, or the JSON file."""
    body = response.content
    if response.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    if response["Content-Type"] == "application/zip":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    return {"json": body.decode("utf-8")}


def readable(response) -> str:
    """All text a response carries, downloads unpacked."""
    content_type = response.get("Content-Type", "")
    if content_type == "application/zip" or response.get("Content-Encoding") == "gzip":
        return "\n".join(download_texts(response).values())
    return response.content.decode("utf-8", errors="replace")


def json_download(response) -> dict:
    return json.loads(download_texts(response)["json"])
