"""JupyterHub for rooms and programmes: one server per person behind an access code.

* :mod:`.config` writes ``jupyterhub_config.py`` and the single-user server's config;
* :mod:`.auth` is the access-code sign-in (JupyterHub's shared-password authenticator,
  read in any case, with names claimed once and wrong codes slowed down);
* :mod:`.spawner` gives each person a home folder with ``COMMONGROUND_HOME`` inside;
* :mod:`.singleuser` keeps each person's server to the lessons (no code, no edits);
* :mod:`.facilitator` is the facilitator's page: who is in, how far each has got.

Nothing here is imported by the lessons; JupyterHub is only imported by the hub itself.
"""
