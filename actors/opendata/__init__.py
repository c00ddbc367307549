"""Open data: the public fiches as an Open Referral HSDS 3.0 API and download.

Layers, top down: views/urls (HTTP, DRF) → presenters (one function per HSDS object) and
tabular/download (the files) → queries (which fiches, through the pages' visibility door)
→ ids (stable UUIDs). Nothing here decides visibility itself: see queries.open_fiches().
"""
