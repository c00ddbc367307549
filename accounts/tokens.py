"""The signed link in the confirmation mail."""

from django.core import signing

# The salt keeps the value it had inside actors, so links mailed before the move still work.
CONFIRM_SALT = "actors.accounts.confirm-email"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60  # a week, in seconds


def confirmation_token(user) -> str:
    # The address is part of the token: a link only confirms the address it was sent to.
    return signing.dumps({"user": user.pk, "email": user.email}, salt=CONFIRM_SALT)


def read_confirmation_token(token: str) -> dict:
    """The user id and address in the token; raises signing.SignatureExpired when it is too old
    and signing.BadSignature when it was tampered with."""
    return signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
