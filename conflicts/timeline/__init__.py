"""The public timeline's pure helpers: date labels at their precision, periods, phases, the
escalation chart's data and geometry, and search terms. No Django imports except in search."""
