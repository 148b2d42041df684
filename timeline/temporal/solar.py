"""The days of the equinoxes and solstices (UTC), by Meeus, *Astronomical Algorithms* (2nd ed.), chapter 27.

Accurate to about a minute for the years 1000-3000 (the mean-event polynomials plus the 24 periodic terms of table
27.C); the day is the UTC day of the instant (terrestrial time less the few tens of seconds of delta T is ignored,
which can move the day only for an event in the last minute before midnight).
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from functools import lru_cache

# JDE0 of the March equinox, June solstice, September equinox and December solstice as polynomials in
# Y = (year - 2000) / 1000 (table 27.B, years 1000-3000) and Y = year / 1000 (table 27.A, years -1000-1000)
_MEAN_AFTER_1000 = (
    (2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057),
    (2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030),
    (2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078),
    (2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032),
)
_MEAN_BEFORE_1000 = (
    (1721139.29189, 365242.13740, 0.06134, 0.00111, -0.00071),
    (1721233.25401, 365241.72562, -0.05323, 0.00907, 0.00025),
    (1721325.70455, 365242.49558, -0.11677, -0.00297, 0.00074),
    (1721414.39987, 365242.88257, -0.00769, -0.00933, -0.00006),
)
# table 27.C: amplitude A, phase B and speed C (degrees) of the periodic terms
_PERIODIC = (
    (485, 324.96, 1934.136),
    (203, 337.23, 32964.467),
    (199, 342.08, 20.186),
    (182, 27.85, 445267.112),
    (156, 73.14, 45036.886),
    (136, 171.52, 22518.443),
    (77, 222.54, 65928.934),
    (74, 296.72, 3034.906),
    (70, 243.58, 9037.513),
    (58, 119.81, 33718.147),
    (52, 297.17, 150.678),
    (50, 21.02, 2281.226),
    (45, 247.54, 29929.562),
    (44, 325.15, 31555.956),
    (29, 60.93, 4443.417),
    (18, 155.12, 67555.328),
    (17, 288.79, 4562.452),
    (16, 198.04, 62894.029),
    (14, 199.76, 31436.921),
    (12, 95.39, 14577.848),
    (12, 287.11, 31931.756),
    (12, 320.81, 34777.259),
    (9, 227.73, 1222.114),
    (8, 15.45, 16859.074),
)
_J2000 = 2451545.0  # the Julian ephemeris day of 2000-01-01 12:00 TT
_J2000_DATETIME = datetime(2000, 1, 1, 12)

EVENTS = ("march_equinox", "june_solstice", "september_equinox", "december_solstice")


def solar_instant(year: int, event: int) -> datetime:
    """The instant (UTC, naive) of `EVENTS[event]` in `year`."""
    if not 0 <= event < len(EVENTS):
        raise ValueError(f"no solar event {event}")
    y = (year - 2000) / 1000 if year >= 1000 else year / 1000
    coefficients = (_MEAN_AFTER_1000 if year >= 1000 else _MEAN_BEFORE_1000)[event]
    jde0 = sum(c * y**power for power, c in enumerate(coefficients))
    t = (jde0 - _J2000) / 36525
    w = math.radians(35999.373 * t - 2.47)
    dlambda = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _PERIODIC)
    jde = jde0 + 0.00001 * s / dlambda
    return _J2000_DATETIME + timedelta(days=jde - _J2000)


@lru_cache(maxsize=256)
def solar_day(year: int, event: int) -> date:
    """The UTC day of `EVENTS[event]` in `year`: solar_day(2024, 1) is the June solstice, 2024-06-20."""
    return solar_instant(year, event).date()
