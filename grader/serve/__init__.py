"""The TA's desk: ``grader serve OUT``, a local web app over an output folder and its gradebook.

``app.py`` builds the Starlette application (routes, the token, CSRF, pseudonyms); every
action it offers is a call into ``grader.api`` (``resolve``, ``override``, ``decide_group``),
so the browser and the command line change the same files the same way. Needs the
optional extra: ``pip install 'grader[serve]'``.
"""
