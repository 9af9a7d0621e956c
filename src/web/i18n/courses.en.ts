// English text of courses: planning one in the booking wizard, and following it on the
// client's page.

export const coursesEn = {
  "course.title": "Courses",
  "course.new": "Book a course",
  "course.none": "No courses yet.",
  "course.sessions": "Sessions",
  "course.sessionsOf": "Sessions of {name}",
  "course.restrictions": "During the course",
  "course.pausedBecause": "Paused: {reason}",
  "course.pausedByAdverseEvent": "Paused after an adverse event: {type}, {severity}, since {onset}.",
  "course.pausedByAdverseEventOpen": "It can be resumed once a practitioner records recovery.",
  "course.pausedByAdverseEventRecovered": "Recovery is recorded: the course can be resumed.",
  "course.paused": "The course is paused. Its future sessions no longer hold their times.",
  "course.resume": "Resume",
  "course.resumed": "The course is active again. Re-plan it to give its sessions new times.",

  "course.status.active": "Active",
  "course.status.paused": "Paused",
  "course.status.completed": "Completed",
  "course.status.cancelled": "Cancelled",

  "course.state.done": "Done",
  "course.state.upcoming": "Upcoming",
  "course.state.missed": "Missed",
  "course.state.cancelled": "Cancelled",
  "course.state.suspended": "On hold",

  "course.progress.summary": "{done} of {total} sessions done",

  "course.kind.legend": "One session or a course?",
  "course.kind.single": "One session",
  "course.kind.single.hint": "Choose a free time.",
  "course.kind.course": "A course",
  "course.kind.course.hint": "Every session planned at once, keeping the procedure's spacing rules.",

  "course.wizard.step.plan": "Course plan",
  "course.wizard.heading.plan": "Plan the course",
  "course.wizard.heading.confirm": "Check and book the course",
  "course.wizard.book": "Book the course",
  "course.booked": "{client}: a course of {sessions} is booked, the first on {first}.",

  "course.form.sessions": "Sessions",
  "course.form.minDays": "Days between, at least",
  "course.form.maxDays": "Days between, at most",
  "course.form.firstDate": "First session from",
  "course.form.rulesHint":
    "Filled in from the procedure's rules; a value you change applies to this course only.",
  "course.form.weekdays": "Preferred days",
  "course.form.weekdaysHint": "None ticked: any day the clinic is open.",
  "course.form.timeFrom": "Preferred time from",
  "course.form.timeTo": "Preferred time until",
  "course.form.practitioner": "Preferred practitioner",
  "course.form.strictTime": "Only within these hours",
  "course.form.onePractitioner": "Keep one practitioner for every session",
  "course.form.plan": "Plan the course",
  "course.form.planning": "Planning…",

  "course.proposal.title": "Proposed sessions",
  "course.proposal.sessions": "Sessions of the course",
  "course.proposal.zone": "Times are the clinic's, {zone}.",
  "course.proposal.span": "{sessions}, {first} to {last}",
  "course.proposal.fits": "The whole course fits: {span}",
  "course.proposal.doesNotFit": "The course does not fit its rules.",
  "course.proposal.partial": "Sessions that fit: {placed} of {total}.",
  "course.proposal.stale": "The wishes have changed: plan the course again to see them applied.",

  "course.alternative.lead": "A whole course fits if one wish gives way:",
  "course.alternative.none": "No whole course fits. Try a later first date, other days or other hours.",
  "course.alternative.laterStart": "Start later, from {date}",
  "course.alternative.otherPractitioner": "With {name} throughout",
  "course.alternative.otherTimes": "At other times of day",
  "course.alternative.taken.laterStart": "Taken: a later start.",
  "course.alternative.taken.otherPractitioner": "Taken: another practitioner throughout.",
  "course.alternative.taken.otherTimes": "Taken: other times of day.",

  "course.rules.title": "The course's rules",
  "course.rules.sessions": "Sessions",
  "course.rules.spacing": "Spacing",
  "course.rules.repeatAfter": "Next course",
  "course.rules.perDay": "Each day",
  "course.rules.perDayCold": "One session a day, and no other cold procedure that day.",
  "course.rules.perDayWholeBody":
    "One session a day, no other cold procedure that day, at most one whole-body session.",
  "course.rules.every": "every {value}",
  "course.rules.after": "after {value}",
  "course.rules.earliestStart": "Not before {date}, counted from the previous course.",
  "course.rules.disputed": "The articles disagree",
  "course.rules.source": "From the articles",
  "course.rules.from.catalog": "from the articles",
  "course.rules.from.protocol": "the clinic's protocol",
  "course.rules.from.request": "set for this course",
  "course.rules.from.default": "the articles give none",

  "course.rule.noSlotInSpacing":
    "Session {number} does not fit: no free time from {from} to {to}, the days the spacing allows after session {previous}.",
  "course.rule.noSlotBeforeHorizon":
    "Session {number} does not fit: from {from} to {to} there is no free time.",
  "course.rule.repeatTooSoon":
    "Session {number} is too soon after the client's previous course: the articles ask for a pause first.",
  "course.rule.clientBusy":
    "Session {number} does not fit: from {from} to {to} the client has other appointments at every free time.",
  "course.rule.oneColdProcedurePerDay":
    "Session {number} does not fit: from {from} to {to}, every day with free time already has another cold procedure for the client (one a day).",
  "course.rule.oneWholeBodySessionPerDay":
    "Session {number} does not fit: from {from} to {to}, every day with free time already has a whole-body session for the client (one a day).",
  "course.rule.practitionerUnavailable":
    "Session {number} does not fit: from {from} to {to} the same practitioner is not free.",
  "course.rule.outsideTimeOfDay":
    "Session {number} does not fit: from {from} to {to} there is no free time within the chosen hours.",
  "course.rule.noSlotOnFirstDate": "Session {number} cannot be on {from}: there is no free time that day.",
  "course.rule.unknown": "Session {number} does not fit the course's rules.",

  "course.check.spacingTooShort":
    "Only {days} days after the previous session; the course needs at least {min}.",
  "course.check.spacingTooLong": "{days} days after the previous session; the course allows at most {max}.",
  "course.check.repeatTooSoon": "Too soon after the previous course (the earliest start is {earliest}).",
  "course.check.numbering": "The sessions are out of order.",
  "course.check.tooManySessions": "The course has fewer sessions than this.",
  "course.check.unknown": "This session breaks the course's rules.",

  "course.session.label": "Session",
  "course.session.moved": "moved",
  "course.session.change": "Change session {number}",
  "course.session.changeLegend": "New time for session {number}",
  "course.session.date": "Date",
  "course.session.time": "Time ({zone})",
  "course.session.apply": "Use this time",
  "course.session.undo": "Undo",

  "course.confirm.course": "Course",
  "course.confirm.price": "{count} × {each} a session = {total}",
  "course.confirm.moveHint":
    "A session can be moved by hand; booking checks the whole course against its rules again.",

  "course.refused.session": "Session {number}: {message}",
  "course.refused.slotTaken": "One of the sessions has just been taken.",
  "course.refused.sessionTaken": "Session {number} has just been taken.",
  "course.refused.replanning": "Planning the course again…",
  "course.refused.replanned": "The course was planned again: check the new times below, then book.",
  "course.refused.notActive": "Only an active course can be changed. Resume it first.",
  "course.refused.notPaused": "Only a paused course can be resumed.",
  "course.refused.notCancellable": "This course is already over or cancelled.",
  "course.refused.doesNotFit": "The rest of the course does not fit its rules.",

  "course.replan.open": "Re-plan",
  "course.replan.title": "Re-plan the sessions still to come",
  "course.replan.before": "Booked now",
  "course.replan.after": "After re-planning",
  "course.replan.nothingBooked": "No session is booked.",
  "course.replan.nothingFits": "No session fits.",
  "course.replan.apply": "Apply the new times",
  "course.replan.applying": "Applying…",
  "course.replan.applied": "The course is re-planned.",
  "course.replan.close": "Close",

  "course.pause.open": "Pause",
  "course.pause.reason": "Why is the course paused?",
  "course.pause.hint": "For example: a reaction after a session, an illness, a trip.",
  "course.pause.reasonRequired": "Say why the course is paused.",
  "course.pause.submit": "Pause the course",

  "course.cancel.open": "Cancel course",
  "course.cancel.reason": "Why is the course cancelled?",
  "course.cancel.hint":
    "Sessions already held stay; every session still to come is cancelled and its time freed.",
  "course.cancel.reasonRequired": "Say why the course is cancelled.",
  "course.cancel.submit": "Cancel the course",
  "course.cancel.keep": "Keep the course",
  "course.cancelled":
    "The course is cancelled. Its sessions still to come are cancelled and their times freed.",
} as const;
