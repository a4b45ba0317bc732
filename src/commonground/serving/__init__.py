"""Serving the lessons to other people: safe Voila options, access codes, names."""
