export type { IndicatorValueView as IndicatorValueMapper, ReportedFigure as ReportedFigureMapper } from './values.js';
