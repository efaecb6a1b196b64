"""Vocabulary shared by the generators of benchmark data (`seed_timeline`, `seed_bench`): actors,
places, the sentence each kind of event is reported in, and the dates reports give."""

from __future__ import annotations

import datetime as dt
import random

ACTORS = ["Armenia", "Azerbaijan", "Russia", "Turkey", "France", "United States", "Nagorno-Karabakh",
          "Armenian armed forces", "Azerbaijani armed forces", "Russian peacekeepers", "Red Cross",
          "Nikol Pashinyan", "Ilham Aliyev", "OSCE Minsk Group", "United Nations"]
PLACES = ["Stepanakert", "Ganja", "Shusha", "Hadrut", "Martuni", "Lachin", "Fizuli", "Jabrayil", "Tartar", "Barda"]
OUTLETS = ["Wire A", "Wire B", "Daily C"]
KINDS = {
    "escalation": ("ASSAULT", -9.0, "{place} came under heavy shelling, officials said."),
    "casualties": ("ASSAULT", -8.0, "At least {n} people were killed in {place}, the ministry said."),
    "diplomacy": ("CONSULT", 3.5, "Foreign ministers met to discuss the fighting around {place}."),
    "ceasefire": ("RETREAT", 7.5, "A ceasefire took effect around {place} at midnight."),
    "humanitarian": ("AID", 6.0, "Aid convoys reached {place} after days of waiting."),
    "statement": ("DISAPPROVE", -2.0, "Officials condemned the attack on {place}."),
}
WAVE_DAYS = 45
# Each wave: (main kind, its share, second kind, its share, the rest).
WAVES = [("escalation", 0.55, "casualties", 0.25, "statement"), ("diplomacy", 0.6, "statement", 0.2, "humanitarian"),
         ("ceasefire", 0.5, "humanitarian", 0.3, "statement")]


def wave_kind(day: dt.date, start: dt.date, rng: random.Random) -> str:
    """Fighting, talks and truces come in waves of WAVE_DAYS; the kind is drawn from the day's wave."""
    wave = WAVES[(day - start).days // WAVE_DAYS % len(WAVES)]
    roll = rng.random()
    return wave[0] if roll < wave[1] else wave[2] if roll < wave[1] + wave[3] else wave[4]


def bounds(day: dt.date, rng: random.Random) -> tuple[dt.date, dt.date, str]:
    """Mostly exact days; some weeks, parts of months and months, as reports give them."""
    roll = rng.random()
    if roll < 0.8:
        return day, day, "day"
    if roll < 0.9:
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6), "week"
    if roll < 0.96:
        first = day.replace(day=21)
        return first, _month_end(day), "part_of_month"
    return day.replace(day=1), _month_end(day), "month"


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
