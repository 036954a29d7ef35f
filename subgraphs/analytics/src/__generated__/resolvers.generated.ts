/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { indicator as Query_indicator } from './../modules/indicators/resolvers/Query/indicator.js';
import    { indicatorSeries as Query_indicatorSeries } from './../modules/values/resolvers/Query/indicatorSeries.js';
import    { indicators as Query_indicators } from './../modules/indicators/resolvers/Query/indicators.js';
import    { rebuildIndicatorSnapshot as Mutation_rebuildIndicatorSnapshot } from './../modules/values/resolvers/Mutation/rebuildIndicatorSnapshot.js';
import    { Indicator } from './../modules/indicators/resolvers/Indicator.js';
import    { IndicatorTarget } from './../modules/indicators/resolvers/IndicatorTarget.js';
import    { IndicatorValue } from './../modules/values/resolvers/IndicatorValue.js';
import    { Municipality } from './../modules/territories/resolvers/Municipality.js';
import    { Organization } from './../modules/territories/resolvers/Organization.js';
import    { Region } from './../modules/territories/resolvers/Region.js';
import    { ReportedFigure } from './../modules/values/resolvers/ReportedFigure.js';
import    { DateScalar,UuidScalar } from '@mentoring/platform/graphql';
    export const resolvers: Resolvers = {
      Query: { indicator: Query_indicator,indicatorSeries: Query_indicatorSeries,indicators: Query_indicators },
      Mutation: { rebuildIndicatorSnapshot: Mutation_rebuildIndicatorSnapshot },
      
      Indicator: Indicator,
IndicatorTarget: IndicatorTarget,
IndicatorValue: IndicatorValue,
Municipality: Municipality,
Organization: Organization,
Region: Region,
ReportedFigure: ReportedFigure,
Date: DateScalar,
UUID: UuidScalar
    }