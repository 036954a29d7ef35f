/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { campaignAnswerSummary as Query_campaignAnswerSummary } from './../modules/campaigns/resolvers/Query/campaignAnswerSummary.js';
import    { campaignCompletion as Query_campaignCompletion } from './../modules/campaigns/resolvers/Query/campaignCompletion.js';
import    { campaignOverdue as Query_campaignOverdue } from './../modules/campaigns/resolvers/Query/campaignOverdue.js';
import    { campaignSubmissions as Query_campaignSubmissions } from './../modules/campaigns/resolvers/Query/campaignSubmissions.js';
import    { indicator as Query_indicator } from './../modules/indicators/resolvers/Query/indicator.js';
import    { indicatorReport as Query_indicatorReport } from './../modules/reports/resolvers/Query/indicatorReport.js';
import    { indicatorSeries as Query_indicatorSeries } from './../modules/values/resolvers/Query/indicatorSeries.js';
import    { indicators as Query_indicators } from './../modules/indicators/resolvers/Query/indicators.js';
import    { monitoringCampaign as Query_monitoringCampaign } from './../modules/campaigns/resolvers/Query/monitoringCampaign.js';
import    { monitoringCampaigns as Query_monitoringCampaigns } from './../modules/campaigns/resolvers/Query/monitoringCampaigns.js';
import    { savedQueries as Query_savedQueries } from './../modules/saved-queries/resolvers/Query/savedQueries.js';
import    { savedQuery as Query_savedQuery } from './../modules/saved-queries/resolvers/Query/savedQuery.js';
import    { statistics as Query_statistics } from './../modules/statistics/resolvers/Query/statistics.js';
import    { acceptCampaignSubmission as Mutation_acceptCampaignSubmission } from './../modules/campaigns/resolvers/Mutation/acceptCampaignSubmission.js';
import    { closeMonitoringCampaign as Mutation_closeMonitoringCampaign } from './../modules/campaigns/resolvers/Mutation/closeMonitoringCampaign.js';
import    { createMonitoringCampaign as Mutation_createMonitoringCampaign } from './../modules/campaigns/resolvers/Mutation/createMonitoringCampaign.js';
import    { deleteSavedQuery as Mutation_deleteSavedQuery } from './../modules/saved-queries/resolvers/Mutation/deleteSavedQuery.js';
import    { openMonitoringCampaign as Mutation_openMonitoringCampaign } from './../modules/campaigns/resolvers/Mutation/openMonitoringCampaign.js';
import    { rebuildIndicatorSnapshot as Mutation_rebuildIndicatorSnapshot } from './../modules/values/resolvers/Mutation/rebuildIndicatorSnapshot.js';
import    { returnCampaignSubmission as Mutation_returnCampaignSubmission } from './../modules/campaigns/resolvers/Mutation/returnCampaignSubmission.js';
import    { saveCampaignAnswers as Mutation_saveCampaignAnswers } from './../modules/campaigns/resolvers/Mutation/saveCampaignAnswers.js';
import    { saveQuery as Mutation_saveQuery } from './../modules/saved-queries/resolvers/Mutation/saveQuery.js';
import    { submitCampaignSubmission as Mutation_submitCampaignSubmission } from './../modules/campaigns/resolvers/Mutation/submitCampaignSubmission.js';
import    { updateSavedQuery as Mutation_updateSavedQuery } from './../modules/saved-queries/resolvers/Mutation/updateSavedQuery.js';
import    { CampaignAnswer } from './../modules/campaigns/resolvers/CampaignAnswer.js';
import    { CampaignAnswerAggregate } from './../modules/campaigns/resolvers/CampaignAnswerAggregate.js';
import    { CampaignAnswerSummary } from './../modules/campaigns/resolvers/CampaignAnswerSummary.js';
import    { CampaignChoiceCount } from './../modules/campaigns/resolvers/CampaignChoiceCount.js';
import    { CampaignCompletion } from './../modules/campaigns/resolvers/CampaignCompletion.js';
import    { CampaignCompletionRow } from './../modules/campaigns/resolvers/CampaignCompletionRow.js';
import    { CampaignQuestion } from './../modules/campaigns/resolvers/CampaignQuestion.js';
import    { CampaignQuestionSummary } from './../modules/campaigns/resolvers/CampaignQuestionSummary.js';
import    { CampaignSubmission } from './../modules/campaigns/resolvers/CampaignSubmission.js';
import    { Indicator } from './../modules/indicators/resolvers/Indicator.js';
import    { IndicatorReport } from './../modules/reports/resolvers/IndicatorReport.js';
import    { IndicatorReportRow } from './../modules/reports/resolvers/IndicatorReportRow.js';
import    { IndicatorTarget } from './../modules/indicators/resolvers/IndicatorTarget.js';
import    { IndicatorValue } from './../modules/values/resolvers/IndicatorValue.js';
import    { MonitoringCampaign } from './../modules/campaigns/resolvers/MonitoringCampaign.js';
import    { Municipality } from './../modules/territories/resolvers/Municipality.js';
import    { Organization } from './../modules/territories/resolvers/Organization.js';
import    { Region } from './../modules/territories/resolvers/Region.js';
import    { ReportFile } from './../modules/reports/resolvers/ReportFile.js';
import    { SavedQuery } from './../modules/saved-queries/resolvers/SavedQuery.js';
import    { SavedQueryRevision } from './../modules/saved-queries/resolvers/SavedQueryRevision.js';
import    { StatisticForm } from './../modules/statistics/resolvers/StatisticForm.js';
import    { StatisticRow } from './../modules/statistics/resolvers/StatisticRow.js';
import    { StatisticTotal } from './../modules/statistics/resolvers/StatisticTotal.js';
import    { StatisticsTable } from './../modules/statistics/resolvers/StatisticsTable.js';
import    { DateScalar,UuidScalar } from '@mentoring/platform/graphql';
    export const resolvers: Resolvers = {
      Query: { campaignAnswerSummary: Query_campaignAnswerSummary,campaignCompletion: Query_campaignCompletion,campaignOverdue: Query_campaignOverdue,campaignSubmissions: Query_campaignSubmissions,indicator: Query_indicator,indicatorReport: Query_indicatorReport,indicatorSeries: Query_indicatorSeries,indicators: Query_indicators,monitoringCampaign: Query_monitoringCampaign,monitoringCampaigns: Query_monitoringCampaigns,savedQueries: Query_savedQueries,savedQuery: Query_savedQuery,statistics: Query_statistics },
      Mutation: { acceptCampaignSubmission: Mutation_acceptCampaignSubmission,closeMonitoringCampaign: Mutation_closeMonitoringCampaign,createMonitoringCampaign: Mutation_createMonitoringCampaign,deleteSavedQuery: Mutation_deleteSavedQuery,openMonitoringCampaign: Mutation_openMonitoringCampaign,rebuildIndicatorSnapshot: Mutation_rebuildIndicatorSnapshot,returnCampaignSubmission: Mutation_returnCampaignSubmission,saveCampaignAnswers: Mutation_saveCampaignAnswers,saveQuery: Mutation_saveQuery,submitCampaignSubmission: Mutation_submitCampaignSubmission,updateSavedQuery: Mutation_updateSavedQuery },
      
      CampaignAnswer: CampaignAnswer,
CampaignAnswerAggregate: CampaignAnswerAggregate,
CampaignAnswerSummary: CampaignAnswerSummary,
CampaignChoiceCount: CampaignChoiceCount,
CampaignCompletion: CampaignCompletion,
CampaignCompletionRow: CampaignCompletionRow,
CampaignQuestion: CampaignQuestion,
CampaignQuestionSummary: CampaignQuestionSummary,
CampaignSubmission: CampaignSubmission,
Indicator: Indicator,
IndicatorReport: IndicatorReport,
IndicatorReportRow: IndicatorReportRow,
IndicatorTarget: IndicatorTarget,
IndicatorValue: IndicatorValue,
MonitoringCampaign: MonitoringCampaign,
Municipality: Municipality,
Organization: Organization,
Region: Region,
ReportFile: ReportFile,
SavedQuery: SavedQuery,
SavedQueryRevision: SavedQueryRevision,
StatisticForm: StatisticForm,
StatisticRow: StatisticRow,
StatisticTotal: StatisticTotal,
StatisticsTable: StatisticsTable,
Date: DateScalar,
UUID: UuidScalar
    }