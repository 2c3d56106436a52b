/** One picker per vocabulary list, built once and shared by every generator. */
import { ZipfPicker } from './random.js';
import {
  ADJECTIVES, CEREALS, FARM_KINDS, FARM_PLACES, FARM_PRACTICES, FIRST_NAMES, FRUIT_TREES, GRAINS, HAMLETS,
  LIVESTOCK, ORGANISATIONS, SITES, SOILS, TOWNS, VEGETABLES, WATERWORKS,
} from './vocabulary.js';

export const WORDS = {
  town: new ZipfPicker(TOWNS, 0.9),
  hamlet: new ZipfPicker(HAMLETS, 0.9),
  farmPlace: new ZipfPicker(FARM_PLACES, 0.9),
  farmKind: new ZipfPicker(FARM_KINDS, 1.2),
  firstName: new ZipfPicker(FIRST_NAMES, 0.7),
  organisation: new ZipfPicker(ORGANISATIONS, 0.9),
  vegetable: new ZipfPicker(VEGETABLES, 1.1),
  grain: new ZipfPicker(GRAINS, 1.1),
  cereal: new ZipfPicker(CEREALS, 1.1),
  fruitTree: new ZipfPicker(FRUIT_TREES, 1.1),
  livestock: new ZipfPicker(LIVESTOCK, 1.0),
  waterwork: new ZipfPicker(WATERWORKS, 1.2),
  farmPractice: new ZipfPicker(FARM_PRACTICES, 1.0),
  adjective: new ZipfPicker(ADJECTIVES, 1.0),
  soils: SOILS,
  sites: SITES,
} as const;
