// The little of FHIR R4 Questionnaire that the intake questions are read from.

export interface QuestionnaireCoding {
  system?: string;
  code: string;
  display?: string;
}

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: string;
  repeats?: boolean;
  required?: boolean;
  code?: QuestionnaireCoding[];
  answerOption?: { valueCoding: QuestionnaireCoding }[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: "Questionnaire";
  language?: string;
  title?: string;
  item: QuestionnaireItem[];
}
