// What each shipped loop module is made of: its functions, as the emitters write them. `npm run emit:wasm`
// (scripts/emitLoopModules.ts) encodes them into loopModuleBytes.ts, which the engine ships and compiles
// (loopsOver.ts); tests/engine/loopModuleBytes.test.ts fails when the two disagree. Nothing at run time
// imports this file, so the emitters' code is not in the bundles either.
import { COUNT_ROWS } from '../../random/CountTables.ts';
import { countLoopFunctions } from './countLookupModule.ts';
import { drawsFunctions } from './drawsModule.ts';
import type { FuncDef } from './encodeModule.ts';
import { histogramLoopFunctions } from './histogramLoops.ts';
import { pathLoopFunctions } from './pathLoops.ts';
import { targetLoopFunctions } from './targetLoops.ts';

/** Each module by its key in loopModuleBytes.ts: a variant `…:false` leaves SIMD out (engines without it). */
export const LOOP_MODULE_SOURCES: Record<string, () => FuncDef[]> = {
  'counts:true': () => countLoopFunctions(COUNT_ROWS, true),
  'counts:false': () => countLoopFunctions(COUNT_ROWS, false),
  'histogram:true': () => histogramLoopFunctions(true),
  'histogram:false': () => histogramLoopFunctions(false),
  'targets:true': () => targetLoopFunctions(true),
  'targets:false': () => targetLoopFunctions(false),
  paths: pathLoopFunctions,
  draws: drawsFunctions,
};
