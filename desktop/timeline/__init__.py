"""The zoomable timeline: lanes of events per actor over eras, with level of detail for 100,000 events."""

from desktop.timeline.widget import TimelineWidget

__all__ = ["TimelineWidget"]
