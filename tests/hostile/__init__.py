"""Hostile input: a script payload in every text a person or a remote site can put into the app, and in
every query parameter, must come out escaped on every page and as plain data in every export; malformed
parameters, paths and POST bodies answer 4xx (or a sensible page), never 500, and change nothing.

The pages are listed once, in PAGES: add a new page there and every sweep below covers it.
"""
