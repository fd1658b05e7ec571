"""Dates of the 2025 reform of local government and policing, which every stage must respect.

District police were dissolved on 1 March 2025; from 1 July 2025 the provinces were merged and
districts abolished, so exports after that date name the new communes.
"""

from __future__ import annotations

import datetime as dt

DISTRICT_POLICE_END = dt.date(2025, 3, 1)
REFORM_DATE = dt.date(2025, 7, 1)
# The "district" of a record whose new commune was formed from several former districts.
UNMAPPED_DISTRICT = "Chưa xác định huyện cũ (xã mới sau 01/7/2025)"
UNMAPPED_DISTRICT_SHORT = "Chưa rõ huyện cũ"
