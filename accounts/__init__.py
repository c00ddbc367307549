"""Professional accounts: the access request, e-mail confirmation, login, logout, password reset
and the mails about access. The profile itself (ProfessionalProfile) lives in actors, next to the
visibility rules that read it."""
