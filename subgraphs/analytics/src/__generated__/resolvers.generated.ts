/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { indicator as Query_indicator } from './../modules/indicators/resolvers/Query/indicator.js';
import    { indicators as Query_indicators } from './../modules/indicators/resolvers/Query/indicators.js';
import    { Indicator } from './../modules/indicators/resolvers/Indicator.js';
import    { IndicatorTarget } from './../modules/indicators/resolvers/IndicatorTarget.js';
import    { Municipality } from './../modules/territories/resolvers/Municipality.js';
import    { Region } from './../modules/territories/resolvers/Region.js';
    export const resolvers: Resolvers = {
      Query: { indicator: Query_indicator,indicators: Query_indicators },
      
      
      Indicator: Indicator,
IndicatorTarget: IndicatorTarget,
Municipality: Municipality,
Region: Region
    }