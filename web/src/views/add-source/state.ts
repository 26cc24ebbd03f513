// The page's state in one reducer: the fields typed, the service's reading of the text, the new actors and the
// claim drafts, the errors by field, and what is under way.
import { useReducer } from 'preact/hooks';
import { storedKey } from '../../session-key';
import type { Analysis, ClaimDraft, FieldErrors, NewActor, SourceFields, SourceFile } from './drafts';

export interface AddSourceState {
  fields: SourceFields;
  apiKey: string;
  analysis: Analysis | null;
  newActors: NewActor[];
  claims: ClaimDraft[];
  errors: FieldErrors;
  busy: 'analyzing' | 'saving' | null;
  typedPassage: string;
  /** The quotations taken (accepted as a claim draft) or rejected on the page, by their start offset. */
  reviewed: Record<number, 'accepted' | 'rejected'>;
  /** The figures taken or set aside, by their sentence's start offset. */
  reviewedFigures: Record<number, 'accepted' | 'rejected'>;
  /** What a dropped file said of itself beyond the fields: its kind, and a PDF's page starts (dropped once the text is edited). */
  file: SourceFile | null;
  /** The dropped file being read, or why it could not be. */
  fileStatus: string | null;
}

export type AddSourceAction =
  | { type: 'field'; field: keyof SourceFields; value: string }
  | { type: 'fileRead'; fields: SourceFields; file: SourceFile }
  | { type: 'fileStatus'; status: string | null }
  | { type: 'apiKey'; value: string }
  | { type: 'typedPassage'; value: string }
  | { type: 'busy'; busy: AddSourceState['busy'] }
  | { type: 'errors'; errors: FieldErrors }
  /** A new reading replaces the drafts, whose offsets were into the old one. */
  | { type: 'analysed'; analysis: Analysis }
  | { type: 'addDraft'; draft: ClaimDraft }
  | { type: 'reviewQuotation'; startOffset: number; review: 'accepted' | 'rejected' | null }
  | { type: 'reviewFigure'; startOffset: number; review: 'accepted' | 'rejected' }
  | { type: 'editDraft'; index: number; change: Partial<ClaimDraft> }
  | { type: 'removeDraft'; index: number }
  | { type: 'addActor'; actor: NewActor }
  | { type: 'editActor'; index: number; change: Partial<NewActor> }
  | { type: 'removeActor'; index: number };

const edit = <T>(items: T[], index: number, change: Partial<T>) => items.map((item, i) => (i === index ? { ...item, ...change } : item));

function reduce(state: AddSourceState, action: AddSourceAction): AddSourceState {
  switch (action.type) {
    case 'field':
      // Page starts are offsets into the dropped file's text: an edit of the text makes them wrong.
      return { ...state, fields: { ...state.fields, [action.field]: action.value }, file: action.field === 'text' && state.file ? { ...state.file, pageStarts: null } : state.file };
    case 'fileRead':
      return { ...state, fields: action.fields, file: action.file, fileStatus: null, analysis: null, claims: [], reviewed: {}, reviewedFigures: {} };
    case 'fileStatus':
      return { ...state, fileStatus: action.status };
    case 'apiKey':
      return { ...state, apiKey: action.value };
    case 'typedPassage':
      return { ...state, typedPassage: action.value };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'errors':
      return { ...state, errors: action.errors };
    case 'analysed':
      return { ...state, analysis: action.analysis, claims: [], reviewed: {}, reviewedFigures: {} };
    case 'reviewFigure':
      return { ...state, reviewedFigures: { ...state.reviewedFigures, [action.startOffset]: action.review } };
    case 'reviewQuotation': {
      const reviewed = { ...state.reviewed };
      if (action.review === null) delete reviewed[action.startOffset];
      else reviewed[action.startOffset] = action.review;
      return { ...state, reviewed };
    }
    case 'addDraft':
      return { ...state, claims: [...state.claims, action.draft], typedPassage: '', errors: {} };
    case 'editDraft':
      return { ...state, claims: edit(state.claims, action.index, action.change) };
    case 'removeDraft': {
      // A draft made from a quotation gives the quotation back to the candidates.
      const removed = state.claims[action.index];
      const reviewed = { ...state.reviewed };
      if (removed?.startOffset != null && reviewed[removed.startOffset] === 'accepted') delete reviewed[removed.startOffset];
      return { ...state, claims: state.claims.filter((_claim, i) => i !== action.index), reviewed };
    }
    case 'addActor':
      return { ...state, newActors: [...state.newActors, action.actor] };
    case 'editActor':
      return { ...state, newActors: edit(state.newActors, action.index, action.change) };
    case 'removeActor':
      return { ...state, newActors: state.newActors.filter((_actor, i) => i !== action.index) };
  }
}

export function useAddSource() {
  return useReducer(reduce, null, () => ({
    fields: { title: '', url: '', publisher: '', publishedAt: '', text: '' },
    // An editor's key is kept for the browser session only.
    apiKey: storedKey(),
    analysis: null,
    newActors: [],
    claims: [],
    errors: {},
    busy: null,
    typedPassage: '',
    reviewed: {},
    reviewedFigures: {},
    file: null,
    fileStatus: null,
  }));
}

