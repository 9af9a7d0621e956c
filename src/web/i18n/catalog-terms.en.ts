// English names for the catalog's vocabularies: units, agents, purposes, body sites…

export const catalogTermsEn = {
  "quantity.from": "at least {value}",
  "quantity.upTo": "at most {value}",
  "quantity.about": "about {value}",
  "unit.sessions.one": "{n} session",
  "unit.sessions.few": "{n} sessions",
  "unit.sessions.many": "{n} sessions",
  "unit.sessions.other": "{n} sessions",
  "unit.mmHg.one": "{n} mm Hg",
  "unit.mmHg.few": "{n} mm Hg",
  "unit.mmHg.many": "{n} mm Hg",
  "unit.mmHg.other": "{n} mm Hg",

  "agent.liquid-nitrogen": "Liquid nitrogen",
  "agent.nitrogen-gas": "Nitrogen gas",
  "agent.cold-gas-mixture": "Cold gas mixture",
  "agent.cold": "Cold",
  "agent.vacuum": "Vacuum",
  "agent.ice": "Ice",
  "agent.cold-water": "Cold water",
  "agent.cooled-drug-solution": "Cooled drug solution",
  "agent.pulsed-electric-current": "Pulsed electric current",
  "agent.darsonval-current": "Darsonval current",

  "purpose.cosmetic": "Cosmetic",
  "purpose.medical": "Medical",
  "purpose.physiotherapy": "Physiotherapy",
  "purpose.wellness": "Wellness",

  "extent.local": "Local",
  "extent.whole-body": "Whole body",

  "site.face": "Face",
  "site.neck": "Neck",
  "site.decollete": "Décolleté",
  "site.scalp": "Scalp",
  "site.body": "Body",
  "site.limbs": "Limbs",
  "site.throat": "Throat",
  "site.nose": "Nose",

  "temperatureOf.agent": "Agent",
  "temperatureOf.chamber-gas": "Gas in the chamber",
  "temperatureOf.ice": "Ice",
  "temperatureOf.skin": "Skin",

  "exposurePer.area": "{range} per area",
  "exposurePer.lesion": "{range} per lesion",
  "exposurePer.application": "{range} per application",
  "exposurePer.session": "{range} per session",

  "frequency.rare": "Rare",
  "frequency.possible": "Possible",
  "frequency.on-protocol-violation": "When the protocol is broken",

  "timing.after-session": "After the session",
  "timing.during-course": "During the course",
  "timing.until-healed": "Until healed",

  "prerequisiteKind.consultation": "Consultation",
  "prerequisiteKind.examination": "Examination",
  "prerequisiteKind.laboratory-test": "Laboratory test",
  "prerequisiteKind.treatment": "Treatment",
  "prerequisiteWhen.always": "Always",
  "prerequisiteWhen.if-indicated": "If indicated",

  "personField.weightKg": "Body weight",
  "personField.bodyTemperatureC": "Body temperature",
  "personField.systolicBpMmHg": "Systolic blood pressure",
  "personField.diastolicBpMmHg": "Diastolic blood pressure",
} as const;
