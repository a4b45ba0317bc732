"""Common Ground: a Jupyter curriculum for one-on-one (1:1) organizing meetings."""

__version__ = "0.1.0"
