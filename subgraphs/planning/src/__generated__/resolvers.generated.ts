/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { roadmap as Query_roadmap } from './../modules/roadmaps/resolvers/Query/roadmap.js';
import    { roadmaps as Query_roadmaps } from './../modules/roadmaps/resolvers/Query/roadmaps.js';
import    { recordRoadmapItemCompletion as Mutation_recordRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/recordRoadmapItemCompletion.js';
import    { withdrawRoadmapItemCompletion as Mutation_withdrawRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/withdrawRoadmapItemCompletion.js';
import    { Municipality } from './../modules/roadmaps/resolvers/Municipality.js';
import    { Organization } from './../modules/roadmaps/resolvers/Organization.js';
import    { Region } from './../modules/roadmaps/resolvers/Region.js';
import    { Roadmap } from './../modules/roadmaps/resolvers/Roadmap.js';
import    { RoadmapItem } from './../modules/roadmaps/resolvers/RoadmapItem.js';
import    { RoadmapItemCompletion } from './../modules/roadmaps/resolvers/RoadmapItemCompletion.js';
import    { DateScalar,UuidScalar } from '@mentoring/platform/graphql';
    export const resolvers: Resolvers = {
      Query: { roadmap: Query_roadmap,roadmaps: Query_roadmaps },
      Mutation: { recordRoadmapItemCompletion: Mutation_recordRoadmapItemCompletion,withdrawRoadmapItemCompletion: Mutation_withdrawRoadmapItemCompletion },
      
      Municipality: Municipality,
Organization: Organization,
Region: Region,
Roadmap: Roadmap,
RoadmapItem: RoadmapItem,
RoadmapItemCompletion: RoadmapItemCompletion,
Date: DateScalar,
UUID: UuidScalar
    }