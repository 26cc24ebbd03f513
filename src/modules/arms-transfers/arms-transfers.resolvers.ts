import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { required } from '../../shared/resolver-helpers';
import { SIPRI_ATTRIBUTION } from './arms-transfers.service';

export const armsTransferResolvers: Resolvers = {
  Query: {
    armsTransfer: (_parent, { id }, { services }) => services.armsTransfers.getById(id),
    armsTransfers: (_parent, { filter, orderBy, first, after }, { services }) =>
      services.armsTransfers.list(filter, orderBy ?? 'DELIVERY_YEAR_DESC', { first, after }),
  },
  Mutation: {
    createArmsTransfer: (_parent, { input }, { services }) => services.armsTransfers.create(input),
    updateArmsTransfer: (_parent, { id, input }, { services }) => services.armsTransfers.update(id, input),
    deleteArmsTransfer: (_parent, { id }, { services }) => services.armsTransfers.delete(id),
  },
  ArmsTransfer: {
    id: (transfer) => String(transfer.id),
    supplier: (transfer, _args, { loaders }) => required(loaders.actor.load(transfer.supplierId), 'Supplier'),
    recipient: (transfer, _args, { loaders }) => required(loaders.actor.load(transfer.recipientId), 'Recipient'),
    source: (transfer, _args, { loaders }) => required(loaders.source.load(transfer.sourceId), 'Dataset source'),
  },
  ArmsTransferConnection: { ...connectionResolvers, attribution: () => SIPRI_ATTRIBUTION },
};
