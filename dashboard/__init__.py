"""The Dash app: an interactive timeline over a timeline store (``create_app``, ``run``)."""
